using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Visitors
{
    /// <inheritdoc />
    public partial class VisitorsChangeStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "visitors_change_stamp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visitors_change_stamp", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "visitors_change_stamp",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "visitors_change_stamp");
        }
    }
}
