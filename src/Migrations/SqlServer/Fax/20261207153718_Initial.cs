using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.SqlServer.Fax
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fax_gateway_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GatewayId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LineId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fax_gateway_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fax_inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Handler = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fax_inbox", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "fax_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Destination = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Priority = table.Column<int>(type: "int", nullable: false),
                    Resolution = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    PageCount = table.Column<int>(type: "int", nullable: false),
                    DocumentContentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentBytes = table.Column<long>(type: "bigint", nullable: false),
                    DocumentSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NotBeforeUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Dials = table.Column<int>(type: "int", nullable: false),
                    Tries = table.Column<int>(type: "int", nullable: false),
                    MaxDials = table.Column<int>(type: "int", nullable: false),
                    MaxTries = table.Column<int>(type: "int", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastErrorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RemoteId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Phase = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CurrentPage = table.Column<int>(type: "int", nullable: false),
                    CancelRequested = table.Column<bool>(type: "bit", nullable: false),
                    LeaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LeaseGatewayId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LeaseLineId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    LeaseExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CallTime = table.Column<TimeSpan>(type: "time", nullable: false),
                    ResentFromJobId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fax_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fax_outbox",
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
                    table.PrimaryKey("PK_fax_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fax_received",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GatewayId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LineId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CalledNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    RemoteId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    PageCount = table.Column<int>(type: "int", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CallTime = table.Column<TimeSpan>(type: "time", nullable: false),
                    BitRate = table.Column<int>(type: "int", nullable: false),
                    Ecm = table.Column<bool>(type: "bit", nullable: false),
                    ContentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StoredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RoutedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fax_received", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fax_attempts",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    JobId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GatewayId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LineId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FirstPage = table.Column<int>(type: "int", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ErrorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    PagesConfirmed = table.Column<int>(type: "int", nullable: false),
                    CallTime = table.Column<TimeSpan>(type: "time", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fax_attempts", x => new { x.JobId, x.Number });
                    table.ForeignKey(
                        name: "FK_fax_attempts_fax_jobs_JobId",
                        column: x => x.JobId,
                        principalTable: "fax_jobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fax_job_pages",
                columns: table => new
                {
                    PageNumber = table.Column<int>(type: "int", nullable: false),
                    JobId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sent = table.Column<bool>(type: "bit", nullable: false),
                    Confirmed = table.Column<bool>(type: "bit", nullable: false),
                    BitRate = table.Column<int>(type: "int", nullable: false),
                    Ecm = table.Column<bool>(type: "bit", nullable: false),
                    Retries = table.Column<int>(type: "int", nullable: false),
                    Error = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fax_job_pages", x => new { x.JobId, x.PageNumber });
                    table.ForeignKey(
                        name: "FK_fax_job_pages_fax_jobs_JobId",
                        column: x => x.JobId,
                        principalTable: "fax_jobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fax_gateway_lines_GatewayId_LineId",
                table: "fax_gateway_lines",
                columns: new[] { "GatewayId", "LineId" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_jobs_LeaseGatewayId_State",
                table: "fax_jobs",
                columns: new[] { "LeaseGatewayId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_jobs_OrganisationId_SubmittedAtUtc_Id",
                table: "fax_jobs",
                columns: new[] { "OrganisationId", "SubmittedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_jobs_State_Destination",
                table: "fax_jobs",
                columns: new[] { "State", "Destination" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_jobs_State_Priority_NotBeforeUtc",
                table: "fax_jobs",
                columns: new[] { "State", "Priority", "NotBeforeUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_jobs_SubmittedAtUtc_Id",
                table: "fax_jobs",
                columns: new[] { "SubmittedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_outbox_ProcessedAtUtc_OccurredAtUtc",
                table: "fax_outbox",
                columns: new[] { "ProcessedAtUtc", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_received_GatewayId_IdempotencyKey",
                table: "fax_received",
                columns: new[] { "GatewayId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fax_received_OrganisationId_ReceivedAtUtc_Id",
                table: "fax_received",
                columns: new[] { "OrganisationId", "ReceivedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_received_ReceivedAtUtc_Id",
                table: "fax_received",
                columns: new[] { "ReceivedAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fax_attempts");

            migrationBuilder.DropTable(
                name: "fax_gateway_lines");

            migrationBuilder.DropTable(
                name: "fax_inbox");

            migrationBuilder.DropTable(
                name: "fax_job_pages");

            migrationBuilder.DropTable(
                name: "fax_outbox");

            migrationBuilder.DropTable(
                name: "fax_received");

            migrationBuilder.DropTable(
                name: "fax_jobs");
        }
    }
}
