using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.SqlServer.Privacy
{
    /// <inheritdoc />
    public partial class SealRequestHistoryReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "RejectionReason",
                table: "privacy_requests",
                type: "nvarchar(max)",
                maxLength: 4064,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                table: "privacy_request_history",
                type: "nvarchar(max)",
                maxLength: 4464,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1100)",
                oldMaxLength: 1100,
                oldNullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SubjectId",
                table: "privacy_request_history",
                type: "uniqueidentifier",
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

            migrationBuilder.AlterColumn<string>(
                name: "RejectionReason",
                table: "privacy_requests",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldMaxLength: 4064,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                table: "privacy_request_history",
                type: "nvarchar(1100)",
                maxLength: 1100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldMaxLength: 4464,
                oldNullable: true);
        }
    }
}
