using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Sales
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_marketing_sends",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConsentRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentByStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_marketing_sends", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_marketing_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 1080, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 864, nullable: true),
                    EmailIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DataSubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ErasedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StatusChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_marketing_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_prospects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Company = table.Column<string>(type: "TEXT", maxLength: 864, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 864, nullable: false),
                    WorkEmail = table.Column<string>(type: "TEXT", maxLength: 1080, nullable: false),
                    WorkPhone = table.Column<string>(type: "TEXT", maxLength: 144, nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 464, nullable: true),
                    RevenueBand = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    EmployeeCount = table.Column<int>(type: "INTEGER", nullable: true),
                    PurchasingTimeframe = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Enquiry = table.Column<string>(type: "TEXT", maxLength: 16064, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnteredByStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LostReason = table.Column<string>(type: "TEXT", maxLength: 2064, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StatusChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DataSubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_prospects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sales_inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sales_inbox", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "sales_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sales_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_marketing_consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NoticeVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Wording = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedByStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_marketing_consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_marketing_consents_accounts_marketing_subscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "accounts_marketing_subscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_prospect_follow_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 16064, nullable: true),
                    ProspectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_prospect_follow_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_prospect_follow_ups_accounts_prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "accounts_prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_marketing_consents_SubscriptionId_Sequence",
                table: "accounts_marketing_consents",
                columns: new[] { "SubscriptionId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_marketing_sends_SubscriptionId_SentAtUtc",
                table: "accounts_marketing_sends",
                columns: new[] { "SubscriptionId", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_marketing_subscriptions_DataSubjectId",
                table: "accounts_marketing_subscriptions",
                column: "DataSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_marketing_subscriptions_EmailIndex",
                table: "accounts_marketing_subscriptions",
                column: "EmailIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospect_follow_ups_ProspectId_Sequence",
                table: "accounts_prospect_follow_ups",
                columns: new[] { "ProspectId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_DataSubjectId",
                table: "accounts_prospects",
                column: "DataSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_ReceivedAtUtc_Id",
                table: "accounts_prospects",
                columns: new[] { "ReceivedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_Status_ReceivedAtUtc_Id",
                table: "accounts_prospects",
                columns: new[] { "Status", "ReceivedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_sales_outbox_ProcessedAtUtc_OccurredAtUtc",
                table: "sales_outbox",
                columns: new[] { "ProcessedAtUtc", "OccurredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_marketing_consents");

            migrationBuilder.DropTable(
                name: "accounts_marketing_sends");

            migrationBuilder.DropTable(
                name: "accounts_prospect_follow_ups");

            migrationBuilder.DropTable(
                name: "sales_inbox");

            migrationBuilder.DropTable(
                name: "sales_outbox");

            migrationBuilder.DropTable(
                name: "accounts_marketing_subscriptions");

            migrationBuilder.DropTable(
                name: "accounts_prospects");
        }
    }
}
