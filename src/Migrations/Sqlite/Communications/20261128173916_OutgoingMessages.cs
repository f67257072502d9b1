using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Communications
{
    /// <inheritdoc />
    public partial class OutgoingMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "communications_outgoing_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DataSubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecipientAddress = table.Column<string>(type: "TEXT", maxLength: 1080, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 864, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 16064, nullable: true),
                    DeliveryStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communications_outgoing_messages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_communications_outgoing_messages_DataSubjectId",
                table: "communications_outgoing_messages",
                column: "DataSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_communications_outgoing_messages_DeliveryStatus_CreatedAtUtc",
                table: "communications_outgoing_messages",
                columns: new[] { "DeliveryStatus", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "communications_outgoing_messages");
        }
    }
}
