using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Accounts
{
    /// <inheritdoc />
    public partial class KeysetPagingAccountsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_accounts_resellers_Name",
                table: "accounts_resellers");

            migrationBuilder.DropIndex(
                name: "IX_accounts_prospects_ReceivedAtUtc",
                table: "accounts_prospects");

            migrationBuilder.DropIndex(
                name: "IX_accounts_prospects_Status_ReceivedAtUtc",
                table: "accounts_prospects");

            migrationBuilder.DropIndex(
                name: "IX_accounts_organisations_LegalName",
                table: "accounts_organisations");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_resellers_Name_Id",
                table: "accounts_resellers",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_ReceivedAtUtc_Id",
                table: "accounts_prospects",
                columns: new[] { "ReceivedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_Status_ReceivedAtUtc_Id",
                table: "accounts_prospects",
                columns: new[] { "Status", "ReceivedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_organisations_LegalName_Id",
                table: "accounts_organisations",
                columns: new[] { "LegalName", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_accounts_resellers_Name_Id",
                table: "accounts_resellers");

            migrationBuilder.DropIndex(
                name: "IX_accounts_prospects_ReceivedAtUtc_Id",
                table: "accounts_prospects");

            migrationBuilder.DropIndex(
                name: "IX_accounts_prospects_Status_ReceivedAtUtc_Id",
                table: "accounts_prospects");

            migrationBuilder.DropIndex(
                name: "IX_accounts_organisations_LegalName_Id",
                table: "accounts_organisations");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_resellers_Name",
                table: "accounts_resellers",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_ReceivedAtUtc",
                table: "accounts_prospects",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_Status_ReceivedAtUtc",
                table: "accounts_prospects",
                columns: new[] { "Status", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_organisations_LegalName",
                table: "accounts_organisations",
                column: "LegalName");
        }
    }
}
