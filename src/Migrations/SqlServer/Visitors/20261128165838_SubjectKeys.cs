using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.SqlServer.Visitors
{
    /// <inheritdoc />
    public partial class SubjectKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "VisitorName",
                table: "visitors_visits",
                type: "nvarchar(864)",
                maxLength: 864,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Purpose",
                table: "visitors_visits",
                type: "nvarchar(2064)",
                maxLength: 2064,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Company",
                table: "visitors_visits",
                type: "nvarchar(864)",
                maxLength: 864,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DataSubjectId",
                table: "visitors_visits",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_visitors_visits_DataSubjectId",
                table: "visitors_visits",
                column: "DataSubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_visitors_visits_DataSubjectId",
                table: "visitors_visits");

            migrationBuilder.DropColumn(
                name: "DataSubjectId",
                table: "visitors_visits");

            migrationBuilder.AlterColumn<string>(
                name: "VisitorName",
                table: "visitors_visits",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(864)",
                oldMaxLength: 864);

            migrationBuilder.AlterColumn<string>(
                name: "Purpose",
                table: "visitors_visits",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2064)",
                oldMaxLength: 2064,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Company",
                table: "visitors_visits",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(864)",
                oldMaxLength: 864,
                oldNullable: true);
        }
    }
}
