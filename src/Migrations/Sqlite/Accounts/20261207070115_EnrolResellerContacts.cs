using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Accounts
{
    /// <inheritdoc />
    public partial class EnrolResellerContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DataSubjectId",
                table: "accounts_resellers",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAtUtc",
                table: "accounts_resellers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_resellers_DataSubjectId",
                table: "accounts_resellers",
                column: "DataSubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_accounts_resellers_DataSubjectId",
                table: "accounts_resellers");

            migrationBuilder.DropColumn(
                name: "DataSubjectId",
                table: "accounts_resellers");

            migrationBuilder.DropColumn(
                name: "ErasedAtUtc",
                table: "accounts_resellers");
        }
    }
}
