using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.SqlServer.Accounts
{
    /// <inheritdoc />
    public partial class CustomerAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PasswordResetExpiresAtUtc",
                table: "accounts_staff",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PasswordResetTokenHash",
                table: "accounts_staff",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "accounts_customer_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WorkEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    WorkPhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Role = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Username = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    PasswordChangeRequired = table.Column<bool>(type: "bit", nullable: false),
                    FailedLoginCount = table.Column<int>(type: "int", nullable: false),
                    LockedOutUntilUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastLoginAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PasswordResetTokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PasswordResetExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_customer_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_gateway_credentials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SecretHash = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastAuthenticatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_gateway_credentials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LegalName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CompanyNumber = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    BillingLine1 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    BillingLine2 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    BillingLine3 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    BillingTown = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    BillingCounty = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    BillingPostcode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    BillingCountryCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    InstallationLine1 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    InstallationLine2 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    InstallationLine3 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    InstallationTown = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    InstallationCounty = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    InstallationPostcode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    InstallationCountryCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Industry = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SizeBand = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_organisations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_customer_users_OrganisationId",
                table: "accounts_customer_users",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_customer_users_Username",
                table: "accounts_customer_users",
                column: "Username",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_organisations_LegalName",
                table: "accounts_organisations",
                column: "LegalName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_customer_users");

            migrationBuilder.DropTable(
                name: "accounts_gateway_credentials");

            migrationBuilder.DropTable(
                name: "accounts_organisations");

            migrationBuilder.DropColumn(
                name: "PasswordResetExpiresAtUtc",
                table: "accounts_staff");

            migrationBuilder.DropColumn(
                name: "PasswordResetTokenHash",
                table: "accounts_staff");
        }
    }
}
