using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Privacy
{
    /// <inheritdoc />
    public partial class ConfirmedSubjectsMissedDeadlinesAndStepAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AlsoSubjectIds",
                table: "privacy_requests",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "MissedDueOn",
                table: "privacy_requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "privacy_request_steps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "FoundBefore",
                table: "privacy_request_steps",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AlsoSubjectIds",
                table: "privacy_requests");

            migrationBuilder.DropColumn(
                name: "MissedDueOn",
                table: "privacy_requests");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "privacy_request_steps");

            migrationBuilder.DropColumn(
                name: "FoundBefore",
                table: "privacy_request_steps");
        }
    }
}
