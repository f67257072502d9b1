using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Accounts
{
    /// <inheritdoc />
    public partial class KeysetPagingOrganisationIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_accounts_organisations_LegalName",
                table: "accounts_organisations");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_organisations_LegalName_Id",
                table: "accounts_organisations",
                columns: new[] { "LegalName", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_accounts_organisations_LegalName_Id",
                table: "accounts_organisations");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_organisations_LegalName",
                table: "accounts_organisations",
                column: "LegalName");
        }
    }
}
