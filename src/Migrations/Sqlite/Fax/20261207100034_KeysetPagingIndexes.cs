using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Groupus.Migrations.Sqlite.Fax
{
    /// <inheritdoc />
    public partial class KeysetPagingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_fax_received_OrganisationId_ReceivedAtUtc",
                table: "fax_received");

            migrationBuilder.DropIndex(
                name: "IX_fax_received_ReceivedAtUtc",
                table: "fax_received");

            migrationBuilder.DropIndex(
                name: "IX_fax_jobs_OrganisationId_SubmittedAtUtc",
                table: "fax_jobs");

            migrationBuilder.DropIndex(
                name: "IX_fax_jobs_SubmittedAtUtc",
                table: "fax_jobs");

            migrationBuilder.CreateIndex(
                name: "IX_fax_received_OrganisationId_ReceivedAtUtc_Id",
                table: "fax_received",
                columns: new[] { "OrganisationId", "ReceivedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_received_ReceivedAtUtc_Id",
                table: "fax_received",
                columns: new[] { "ReceivedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_jobs_OrganisationId_SubmittedAtUtc_Id",
                table: "fax_jobs",
                columns: new[] { "OrganisationId", "SubmittedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_jobs_SubmittedAtUtc_Id",
                table: "fax_jobs",
                columns: new[] { "SubmittedAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_fax_received_OrganisationId_ReceivedAtUtc_Id",
                table: "fax_received");

            migrationBuilder.DropIndex(
                name: "IX_fax_received_ReceivedAtUtc_Id",
                table: "fax_received");

            migrationBuilder.DropIndex(
                name: "IX_fax_jobs_OrganisationId_SubmittedAtUtc_Id",
                table: "fax_jobs");

            migrationBuilder.DropIndex(
                name: "IX_fax_jobs_SubmittedAtUtc_Id",
                table: "fax_jobs");

            migrationBuilder.CreateIndex(
                name: "IX_fax_received_OrganisationId_ReceivedAtUtc",
                table: "fax_received",
                columns: new[] { "OrganisationId", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_received_ReceivedAtUtc",
                table: "fax_received",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_fax_jobs_OrganisationId_SubmittedAtUtc",
                table: "fax_jobs",
                columns: new[] { "OrganisationId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_fax_jobs_SubmittedAtUtc",
                table: "fax_jobs",
                column: "SubmittedAtUtc");
        }
    }
}
