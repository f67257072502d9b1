using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.SqlServer.Accounts
{
    /// <inheritdoc />
    public partial class Prospects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_marketing_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
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
                    Company = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WorkEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    WorkPhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CountryCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Industry = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RevenueBand = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    EmployeeCount = table.Column<int>(type: "int", nullable: true),
                    PurchasingTimeframe = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Enquiry = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EnteredByStaffId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    LostReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StatusChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_prospects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_resellers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AddressLine1 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AddressLine2 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AddressLine3 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    AddressTown = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    AddressCounty = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    AddressPostcode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AddressCountryCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AgreementReference = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_resellers", x => x.Id);
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
                    Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
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
                name: "IX_accounts_marketing_subscriptions_Email",
                table: "accounts_marketing_subscriptions",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospect_follow_ups_ProspectId_Sequence",
                table: "accounts_prospect_follow_ups",
                columns: new[] { "ProspectId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_ReceivedAtUtc",
                table: "accounts_prospects",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_Status_ReceivedAtUtc",
                table: "accounts_prospects",
                columns: new[] { "Status", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_WorkEmail",
                table: "accounts_prospects",
                column: "WorkEmail");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_resellers_AgreementReference",
                table: "accounts_resellers",
                column: "AgreementReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_resellers_Name",
                table: "accounts_resellers",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_marketing_consents");

            migrationBuilder.DropTable(
                name: "accounts_prospect_follow_ups");

            migrationBuilder.DropTable(
                name: "accounts_resellers");

            migrationBuilder.DropTable(
                name: "accounts_marketing_subscriptions");

            migrationBuilder.DropTable(
                name: "accounts_prospects");
        }
    }
}
