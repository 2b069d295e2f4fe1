using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SozialProduziert.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Programme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ConsultingMinutes",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 600);

            migrationBuilder.AddColumn<int>(
                name: "OnSiteMinutes",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 240);

            migrationBuilder.AddColumn<int>(
                name: "Places",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "QueueVersion",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "RegistrationClosesAt",
                table: "Programmes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RegistrationOpensAt",
                table: "Programmes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InterestRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArrivalNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ArrivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompanyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EmailKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanySize = table.Column<int>(type: "INTEGER", nullable: false),
                    Ideas = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ConsentedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    AccessToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnonymisedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterestRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterestRegistrations_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InterestRegistrations_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_InterestRegistrations_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsultingEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegistrationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Consultant = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Idea = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultingEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultingEntries_InterestRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "InterestRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultingEntries_RegistrationId_Date",
                table: "ConsultingEntries",
                columns: new[] { "RegistrationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_InterestRegistrations_AccessToken",
                table: "InterestRegistrations",
                column: "AccessToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterestRegistrations_DistrictId",
                table: "InterestRegistrations",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_InterestRegistrations_EmailKey",
                table: "InterestRegistrations",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_InterestRegistrations_PartnerId",
                table: "InterestRegistrations",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_InterestRegistrations_ProgrammeId_ArrivalNumber",
                table: "InterestRegistrations",
                columns: new[] { "ProgrammeId", "ArrivalNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterestRegistrations_ProgrammeId_ArrivedAt",
                table: "InterestRegistrations",
                columns: new[] { "ProgrammeId", "ArrivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InterestRegistrations_ProgrammeId_CompanyKey",
                table: "InterestRegistrations",
                columns: new[] { "ProgrammeId", "CompanyKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultingEntries");

            migrationBuilder.DropTable(
                name: "InterestRegistrations");

            migrationBuilder.DropColumn(
                name: "ConsultingMinutes",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "OnSiteMinutes",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "Places",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "QueueVersion",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "RegistrationClosesAt",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "RegistrationOpensAt",
                table: "Programmes");
        }
    }
}
