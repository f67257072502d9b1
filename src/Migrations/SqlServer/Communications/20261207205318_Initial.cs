using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.SqlServer.Communications
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "communications_inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Handler = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communications_inbox", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "communications_mail_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageIdHeader = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    ResentAfterUnknown = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communications_mail_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "communications_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecipientStaffId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RecipientOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RecipientAddresses = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DeliveryStatus = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communications_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "communications_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communications_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "communications_outgoing_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DataSubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RecipientAddress = table.Column<string>(type: "nvarchar(1080)", maxLength: 1080, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(864)", maxLength: 864, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 16064, nullable: true),
                    DeliveryStatus = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communications_outgoing_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "communications_mail_attempts",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    MailDeliveryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AttemptedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ReplyCode = table.Column<int>(type: "int", nullable: true),
                    AcceptedRecipients = table.Column<int>(type: "int", nullable: false),
                    RefusedRecipients = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communications_mail_attempts", x => new { x.MailDeliveryId, x.Number });
                    table.ForeignKey(
                        name: "FK_communications_mail_attempts_communications_mail_deliveries_MailDeliveryId",
                        column: x => x.MailDeliveryId,
                        principalTable: "communications_mail_deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "communications_mail_recipients",
                columns: table => new
                {
                    Position = table.Column<int>(type: "int", nullable: false),
                    MailDeliveryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ReplyCode = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communications_mail_recipients", x => new { x.MailDeliveryId, x.Position });
                    table.ForeignKey(
                        name: "FK_communications_mail_recipients_communications_mail_deliveries_MailDeliveryId",
                        column: x => x.MailDeliveryId,
                        principalTable: "communications_mail_deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_communications_mail_deliveries_CreatedAtUtc_Id",
                table: "communications_mail_deliveries",
                columns: new[] { "CreatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_communications_mail_deliveries_Source_SourceId",
                table: "communications_mail_deliveries",
                columns: new[] { "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_communications_mail_deliveries_Status_NextAttemptAtUtc",
                table: "communications_mail_deliveries",
                columns: new[] { "Status", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_communications_notifications_RecipientStaffId_CreatedAtUtc",
                table: "communications_notifications",
                columns: new[] { "RecipientStaffId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_communications_outbox_ProcessedAtUtc_OccurredAtUtc",
                table: "communications_outbox",
                columns: new[] { "ProcessedAtUtc", "OccurredAtUtc" });

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
                name: "communications_inbox");

            migrationBuilder.DropTable(
                name: "communications_mail_attempts");

            migrationBuilder.DropTable(
                name: "communications_mail_recipients");

            migrationBuilder.DropTable(
                name: "communications_notifications");

            migrationBuilder.DropTable(
                name: "communications_outbox");

            migrationBuilder.DropTable(
                name: "communications_outgoing_messages");

            migrationBuilder.DropTable(
                name: "communications_mail_deliveries");
        }
    }
}
