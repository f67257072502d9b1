using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Customers
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LegalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompanyNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    BillingLine1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BillingLine2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BillingLine3 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BillingTown = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    BillingCounty = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    BillingPostcode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    BillingCountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    InstallationLine1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InstallationLine2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InstallationLine3 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InstallationTown = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    InstallationCounty = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    InstallationPostcode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    InstallationCountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SizeBand = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_service_configuration_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentJson = table.Column<string>(type: "TEXT", nullable: false),
                    SavedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SavedByUsername = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_service_configuration_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_service_configurations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_service_configurations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers_inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers_inbox", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "customers_outbox",
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
                    table.PrimaryKey("PK_customers_outbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_organisations_LegalName_Id",
                table: "accounts_organisations",
                columns: new[] { "LegalName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_service_configuration_versions_OrganisationId_Number",
                table: "accounts_service_configuration_versions",
                columns: new[] { "OrganisationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_service_configurations_OrganisationId",
                table: "accounts_service_configurations",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_outbox_ProcessedAtUtc_OccurredAtUtc",
                table: "customers_outbox",
                columns: new[] { "ProcessedAtUtc", "OccurredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_organisations");

            migrationBuilder.DropTable(
                name: "accounts_service_configuration_versions");

            migrationBuilder.DropTable(
                name: "accounts_service_configurations");

            migrationBuilder.DropTable(
                name: "customers_inbox");

            migrationBuilder.DropTable(
                name: "customers_outbox");
        }
    }
}
