using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Accounts
{
    /// <inheritdoc />
    public partial class SubjectKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_accounts_prospects_WorkEmail",
                table: "accounts_prospects");

            migrationBuilder.DropIndex(
                name: "IX_accounts_marketing_subscriptions_Email",
                table: "accounts_marketing_subscriptions");

            migrationBuilder.AddColumn<Guid>(
                name: "DataSubjectId",
                table: "accounts_prospects",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "DataSubjectId",
                table: "accounts_marketing_subscriptions",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "EmailIndex",
                table: "accounts_marketing_subscriptions",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAtUtc",
                table: "accounts_marketing_subscriptions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DataSubjectId",
                table: "accounts_customer_users",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAtUtc",
                table: "accounts_customer_users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_DataSubjectId",
                table: "accounts_prospects",
                column: "DataSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_marketing_subscriptions_DataSubjectId",
                table: "accounts_marketing_subscriptions",
                column: "DataSubjectId");

            // Until the start-up backfill hashes their addresses, existing rows need distinct placeholders for the unique index.
            migrationBuilder.Sql("UPDATE accounts_marketing_subscriptions SET EmailIndex = 'legacy:' || Id");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_marketing_subscriptions_EmailIndex",
                table: "accounts_marketing_subscriptions",
                column: "EmailIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_customer_users_DataSubjectId",
                table: "accounts_customer_users",
                column: "DataSubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_accounts_prospects_DataSubjectId",
                table: "accounts_prospects");

            migrationBuilder.DropIndex(
                name: "IX_accounts_marketing_subscriptions_DataSubjectId",
                table: "accounts_marketing_subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_accounts_marketing_subscriptions_EmailIndex",
                table: "accounts_marketing_subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_accounts_customer_users_DataSubjectId",
                table: "accounts_customer_users");

            migrationBuilder.DropColumn(
                name: "DataSubjectId",
                table: "accounts_prospects");

            migrationBuilder.DropColumn(
                name: "DataSubjectId",
                table: "accounts_marketing_subscriptions");

            migrationBuilder.DropColumn(
                name: "EmailIndex",
                table: "accounts_marketing_subscriptions");

            migrationBuilder.DropColumn(
                name: "ErasedAtUtc",
                table: "accounts_marketing_subscriptions");

            migrationBuilder.DropColumn(
                name: "DataSubjectId",
                table: "accounts_customer_users");

            migrationBuilder.DropColumn(
                name: "ErasedAtUtc",
                table: "accounts_customer_users");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_prospects_WorkEmail",
                table: "accounts_prospects",
                column: "WorkEmail");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_marketing_subscriptions_Email",
                table: "accounts_marketing_subscriptions",
                column: "Email",
                unique: true);
        }
    }
}
