using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Numbering
{
    /// <inheritdoc />
    public partial class Initial : Migration
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
                name: "numbering_inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_numbering_inbox", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "numbering_outbox",
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
                    table.PrimaryKey("PK_numbering_outbox", x => x.Id);
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
                name: "IX_numbering_outbox_ProcessedAtUtc_OccurredAtUtc",
                table: "numbering_outbox",
                columns: new[] { "ProcessedAtUtc", "OccurredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_phone_numbers");

            migrationBuilder.DropTable(
                name: "numbering_inbox");

            migrationBuilder.DropTable(
                name: "numbering_outbox");
        }
    }
}
