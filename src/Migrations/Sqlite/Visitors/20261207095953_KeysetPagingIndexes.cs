using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Visitors
{
    /// <inheritdoc />
    public partial class KeysetPagingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_visitors_visits_SignedInAtUtc",
                table: "visitors_visits");

            migrationBuilder.CreateIndex(
                name: "IX_visitors_visits_SignedInAtUtc_Id",
                table: "visitors_visits",
                columns: new[] { "SignedInAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_visitors_visits_SignedInAtUtc_Id",
                table: "visitors_visits");

            migrationBuilder.CreateIndex(
                name: "IX_visitors_visits_SignedInAtUtc",
                table: "visitors_visits",
                column: "SignedInAtUtc");
        }
    }
}
