using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Accounts
{
    /// <inheritdoc />
    public partial class MarketingSends : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_marketing_sends",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConsentRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentByStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_marketing_sends", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_marketing_sends_SubscriptionId_SentAtUtc",
                table: "accounts_marketing_sends",
                columns: new[] { "SubscriptionId", "SentAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_marketing_sends");
        }
    }
}
