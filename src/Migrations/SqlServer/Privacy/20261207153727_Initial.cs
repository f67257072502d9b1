using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.SqlServer.Privacy
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_audit",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SubjectReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Details = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    PreviousHash = table.Column<string>(type: "char(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "char(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_audit", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "privacy_download_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PackageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TokenHash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SpentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_download_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_duplicate_submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActiveRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_duplicate_submissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_erasure_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Lines = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    SubjectKeyDestroyed = table.Column<bool>(type: "bit", nullable: false),
                    AuditSequence = table.Column<long>(type: "bigint", nullable: false),
                    AuditHash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_erasure_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_export_packages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_export_packages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Handler = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_inbox", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "privacy_legal_holds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PlacedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PlacedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ReleasedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReleaseReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_legal_holds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AlsoSubjectIds = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusBeforeWaiting = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ActiveKey = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(max)", maxLength: 8064, nullable: true),
                    Purposes = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ResponseDays = table.Column<int>(type: "int", nullable: false),
                    MaxExtensionDays = table.Column<int>(type: "int", nullable: false),
                    DueSoonDays = table.Column<int>(type: "int", nullable: false),
                    Pauses = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Extensions = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MissedDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CodeSalt = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: true),
                    CodeHash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: true),
                    CodeExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CodeAttemptsLeft = table.Column<int>(type: "int", nullable: false),
                    CodeSentTo = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    IdentityVerifiedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RejectionReason = table.Column<string>(type: "nvarchar(max)", maxLength: 4064, nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_restrictions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Purposes = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    SinceUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LiftedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LiftReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_restrictions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_work_leases",
                columns: table => new
                {
                    Job = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_work_leases", x => x.Job);
                });

            migrationBuilder.CreateTable(
                name: "privacy_request_corrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Field = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", maxLength: 4064, nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_request_corrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_privacy_request_corrections_privacy_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "privacy_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "privacy_request_history",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    What = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(max)", maxLength: 4464, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_request_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_privacy_request_history_privacy_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "privacy_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "privacy_request_identifiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "nvarchar(1264)", maxLength: 1264, nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_request_identifiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_privacy_request_identifiers_privacy_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "privacy_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "privacy_request_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Module = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordType = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    RecordCount = table.Column<int>(type: "int", nullable: false),
                    ReferredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_request_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_privacy_request_referrals_privacy_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "privacy_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "privacy_request_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Module = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DoneAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ResultContentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    FoundBefore = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_request_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_privacy_request_steps_privacy_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "privacy_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_audit_AtUtc",
                table: "privacy_audit",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_download_tokens_TokenHash",
                table: "privacy_download_tokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_duplicate_submissions_ActiveRequestId",
                table: "privacy_duplicate_submissions",
                column: "ActiveRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_erasure_certificates_RequestId",
                table: "privacy_erasure_certificates",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_export_packages_RequestId",
                table: "privacy_export_packages",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_legal_holds_SubjectId_ReleasedAtUtc",
                table: "privacy_legal_holds",
                columns: new[] { "SubjectId", "ReleasedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_outbox_ProcessedAtUtc_OccurredAtUtc",
                table: "privacy_outbox",
                columns: new[] { "ProcessedAtUtc", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_request_corrections_RequestId",
                table: "privacy_request_corrections",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_request_history_RequestId",
                table: "privacy_request_history",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_request_identifiers_RequestId",
                table: "privacy_request_identifiers",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_request_referrals_RequestId",
                table: "privacy_request_referrals",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_request_steps_RequestId",
                table: "privacy_request_steps",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_requests_ActiveKey",
                table: "privacy_requests",
                column: "ActiveKey",
                unique: true,
                filter: "[ActiveKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_requests_Status_DueOn",
                table: "privacy_requests",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_requests_SubjectId_Type",
                table: "privacy_requests",
                columns: new[] { "SubjectId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_restrictions_RequestId",
                table: "privacy_restrictions",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_restrictions_SubjectId_LiftedAtUtc",
                table: "privacy_restrictions",
                columns: new[] { "SubjectId", "LiftedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_audit");

            migrationBuilder.DropTable(
                name: "privacy_download_tokens");

            migrationBuilder.DropTable(
                name: "privacy_duplicate_submissions");

            migrationBuilder.DropTable(
                name: "privacy_erasure_certificates");

            migrationBuilder.DropTable(
                name: "privacy_export_packages");

            migrationBuilder.DropTable(
                name: "privacy_inbox");

            migrationBuilder.DropTable(
                name: "privacy_legal_holds");

            migrationBuilder.DropTable(
                name: "privacy_outbox");

            migrationBuilder.DropTable(
                name: "privacy_request_corrections");

            migrationBuilder.DropTable(
                name: "privacy_request_history");

            migrationBuilder.DropTable(
                name: "privacy_request_identifiers");

            migrationBuilder.DropTable(
                name: "privacy_request_referrals");

            migrationBuilder.DropTable(
                name: "privacy_request_steps");

            migrationBuilder.DropTable(
                name: "privacy_restrictions");

            migrationBuilder.DropTable(
                name: "privacy_work_leases");

            migrationBuilder.DropTable(
                name: "privacy_requests");
        }
    }
}
