using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.SqlServer.Privacy
{
    /// <inheritdoc />
    public partial class ProcessingRestrictions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_restrictions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Purposes = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    SinceUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LiftedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LiftReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_restrictions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_restrictions_RequestId",
                table: "privacy_restrictions",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_restrictions_SubjectId_LiftedAtUtc",
                table: "privacy_restrictions",
                columns: new[] { "SubjectId", "LiftedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_restrictions");
        }
    }
}
