using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Visitors
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "visitors_change_stamp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visitors_change_stamp", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "visitors_inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visitors_inbox", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "visitors_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visitors_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "visitors_retention_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RanAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CutOffUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnonymisedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visitors_retention_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "visitors_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VisitorName = table.Column<string>(type: "TEXT", maxLength: 864, nullable: false),
                    Company = table.Column<string>(type: "TEXT", maxLength: 864, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2064, nullable: true),
                    HostStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostUsername = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HostDisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BadgeNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ActiveBadgeNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ExpectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedInAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedOutAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnonymisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DataSubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visitors_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "visitors_work_leases",
                columns: table => new
                {
                    Job = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visitors_work_leases", x => x.Job);
                });

            migrationBuilder.InsertData(
                table: "visitors_change_stamp",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_visitors_outbox_ProcessedAtUtc_OccurredAtUtc",
                table: "visitors_outbox",
                columns: new[] { "ProcessedAtUtc", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_visitors_retention_runs_RanAtUtc",
                table: "visitors_retention_runs",
                column: "RanAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_visitors_visits_ActiveBadgeNumber",
                table: "visitors_visits",
                column: "ActiveBadgeNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_visitors_visits_AnonymisedAtUtc_SignedOutAtUtc",
                table: "visitors_visits",
                columns: new[] { "AnonymisedAtUtc", "SignedOutAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_visitors_visits_DataSubjectId",
                table: "visitors_visits",
                column: "DataSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_visitors_visits_ExpectedAtUtc",
                table: "visitors_visits",
                column: "ExpectedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_visitors_visits_SignedInAtUtc_Id",
                table: "visitors_visits",
                columns: new[] { "SignedInAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_visitors_visits_Status_SignedInAtUtc",
                table: "visitors_visits",
                columns: new[] { "Status", "SignedInAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "visitors_change_stamp");

            migrationBuilder.DropTable(
                name: "visitors_inbox");

            migrationBuilder.DropTable(
                name: "visitors_outbox");

            migrationBuilder.DropTable(
                name: "visitors_retention_runs");

            migrationBuilder.DropTable(
                name: "visitors_visits");

            migrationBuilder.DropTable(
                name: "visitors_work_leases");
        }
    }
}
