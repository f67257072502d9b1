using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.SqlServer.Accounts
{
    /// <inheritdoc />
    public partial class SessionVersionsAndUsernamesPerOrganisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_accounts_customer_users_OrganisationId",
                table: "accounts_customer_users");

            migrationBuilder.DropIndex(
                name: "IX_accounts_customer_users_Username",
                table: "accounts_customer_users");

            migrationBuilder.AddColumn<int>(
                name: "SessionVersion",
                table: "accounts_staff",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SessionVersion",
                table: "accounts_customer_users",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_customer_users_OrganisationId_Username",
                table: "accounts_customer_users",
                columns: new[] { "OrganisationId", "Username" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_accounts_customer_users_OrganisationId_Username",
                table: "accounts_customer_users");

            migrationBuilder.DropColumn(
                name: "SessionVersion",
                table: "accounts_staff");

            migrationBuilder.DropColumn(
                name: "SessionVersion",
                table: "accounts_customer_users");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_customer_users_OrganisationId",
                table: "accounts_customer_users",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_customer_users_Username",
                table: "accounts_customer_users",
                column: "Username",
                unique: true);
        }
    }
}
