using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.SqlServer.Accounts
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

            migrationBuilder.AlterColumn<string>(
                name: "WorkPhone",
                table: "accounts_prospects",
                type: "nvarchar(144)",
                maxLength: 144,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "WorkEmail",
                table: "accounts_prospects",
                type: "nvarchar(1080)",
                maxLength: 1080,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254);

            migrationBuilder.AlterColumn<string>(
                name: "LostReason",
                table: "accounts_prospects",
                type: "nvarchar(2064)",
                maxLength: 2064,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Industry",
                table: "accounts_prospects",
                type: "nvarchar(464)",
                maxLength: 464,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Enquiry",
                table: "accounts_prospects",
                type: "nvarchar(max)",
                maxLength: 16064,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000);

            migrationBuilder.AlterColumn<string>(
                name: "ContactName",
                table: "accounts_prospects",
                type: "nvarchar(864)",
                maxLength: 864,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Company",
                table: "accounts_prospects",
                type: "nvarchar(864)",
                maxLength: 864,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<Guid>(
                name: "DataSubjectId",
                table: "accounts_prospects",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AlterColumn<string>(
                name: "Note",
                table: "accounts_prospect_follow_ups",
                type: "nvarchar(max)",
                maxLength: 16064,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "accounts_marketing_subscriptions",
                type: "nvarchar(864)",
                maxLength: 864,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                table: "accounts_marketing_subscriptions",
                type: "nvarchar(1080)",
                maxLength: 1080,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254);

            migrationBuilder.AddColumn<Guid>(
                name: "DataSubjectId",
                table: "accounts_marketing_subscriptions",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "EmailIndex",
                table: "accounts_marketing_subscriptions",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAtUtc",
                table: "accounts_marketing_subscriptions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "WorkPhone",
                table: "accounts_customer_users",
                type: "nvarchar(144)",
                maxLength: 144,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "WorkEmail",
                table: "accounts_customer_users",
                type: "nvarchar(1080)",
                maxLength: 1080,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254);

            migrationBuilder.AlterColumn<string>(
                name: "DisplayName",
                table: "accounts_customer_users",
                type: "nvarchar(864)",
                maxLength: 864,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<Guid>(
                name: "DataSubjectId",
                table: "accounts_customer_users",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAtUtc",
                table: "accounts_customer_users",
                type: "datetime2",
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
            migrationBuilder.Sql("UPDATE accounts_marketing_subscriptions SET EmailIndex = 'legacy:' + CONVERT(nvarchar(36), Id)");

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

            migrationBuilder.AlterColumn<string>(
                name: "WorkPhone",
                table: "accounts_prospects",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(144)",
                oldMaxLength: 144,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "WorkEmail",
                table: "accounts_prospects",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(1080)",
                oldMaxLength: 1080);

            migrationBuilder.AlterColumn<string>(
                name: "LostReason",
                table: "accounts_prospects",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2064)",
                oldMaxLength: 2064,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Industry",
                table: "accounts_prospects",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(464)",
                oldMaxLength: 464,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Enquiry",
                table: "accounts_prospects",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldMaxLength: 16064);

            migrationBuilder.AlterColumn<string>(
                name: "ContactName",
                table: "accounts_prospects",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(864)",
                oldMaxLength: 864);

            migrationBuilder.AlterColumn<string>(
                name: "Company",
                table: "accounts_prospects",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(864)",
                oldMaxLength: 864);

            migrationBuilder.AlterColumn<string>(
                name: "Note",
                table: "accounts_prospect_follow_ups",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldMaxLength: 16064,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "accounts_marketing_subscriptions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(864)",
                oldMaxLength: 864,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Email",
                table: "accounts_marketing_subscriptions",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(1080)",
                oldMaxLength: 1080);

            migrationBuilder.AlterColumn<string>(
                name: "WorkPhone",
                table: "accounts_customer_users",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(144)",
                oldMaxLength: 144,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "WorkEmail",
                table: "accounts_customer_users",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(1080)",
                oldMaxLength: 1080);

            migrationBuilder.AlterColumn<string>(
                name: "DisplayName",
                table: "accounts_customer_users",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(864)",
                oldMaxLength: 864);

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
