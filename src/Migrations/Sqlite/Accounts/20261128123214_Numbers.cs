using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Accounts
{
    /// <inheritdoc />
    public partial class Numbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_phone_numbers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    E164 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AssignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmergencyLine1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EmergencyLine2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EmergencyLine3 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EmergencyTown = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    EmergencyCounty = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    EmergencyPostcode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    EmergencyCountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    EmergencyRegistration = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EmergencyRegistrationFailureReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EmergencyRegistrationChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_phone_numbers", x => x.Id);
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

            migrationBuilder.CreateIndex(
                name: "IX_accounts_phone_numbers_E164",
                table: "accounts_phone_numbers",
                column: "E164",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_phone_numbers_OrganisationId_E164",
                table: "accounts_phone_numbers",
                columns: new[] { "OrganisationId", "E164" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_phone_numbers");

            migrationBuilder.DropTable(
                name: "accounts_service_configuration_versions");

            migrationBuilder.DropTable(
                name: "accounts_service_configurations");
        }
    }
}
