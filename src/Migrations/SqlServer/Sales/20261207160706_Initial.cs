using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.SqlServer.Sales
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Campaign = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ConsentRecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentByStaffId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_marketing_sends", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_marketing_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(1080)", maxLength: 1080, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(864)", maxLength: 864, nullable: true),
                    EmailIndex = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DataSubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ErasedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StatusChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_marketing_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_prospects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Company = table.Column<string>(type: "nvarchar(864)", maxLength: 864, nullable: false),
                    ContactName = table.Column<string>(type: "nvarchar(864)", maxLength: 864, nullable: false),
                    WorkEmail = table.Column<string>(type: "nvarchar(1080)", maxLength: 1080, nullable: false),
                    WorkPhone = table.Column<string>(type: "nvarchar(144)", maxLength: 144, nullable: true),
                    CountryCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Industry = table.Column<string>(type: "nvarchar(464)", maxLength: 464, nullable: true),
                    RevenueBand = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    EmployeeCount = table.Column<int>(type: "int", nullable: true),
                    PurchasingTimeframe = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Enquiry = table.Column<string>(type: "nvarchar(max)", maxLength: 16064, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EnteredByStaffId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    LostReason = table.Column<string>(type: "nvarchar(2064)", maxLength: 2064, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StatusChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DataSubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_prospects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sales_inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Handler = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sales_inbox", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "sales_outbox",
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
                    table.PrimaryKey("PK_sales_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_marketing_consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    NoticeVersion = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Wording = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecordedByStaffId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SubscriptionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    StaffId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FromStatus = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ToStatus = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(max)", maxLength: 16064, nullable: true),
                    ProspectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
