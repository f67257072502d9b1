using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Privacy
{
    /// <inheritdoc />
    public partial class SealRequestHistoryReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SubjectId",
                table: "privacy_request_history",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Earlier lines belong to their request's subject; their reasons stay as they were written.
            migrationBuilder.Sql(
                "UPDATE privacy_request_history SET SubjectId = "
                + "(SELECT r.SubjectId FROM privacy_requests r WHERE r.Id = privacy_request_history.RequestId)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubjectId",
                table: "privacy_request_history");
        }
    }
}
