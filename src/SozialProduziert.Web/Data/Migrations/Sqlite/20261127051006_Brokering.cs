using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SozialProduziert.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Brokering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Inquiries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedKind = table.Column<int>(type: "INTEGER", nullable: true),
                    SocialEnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Quantity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsentedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FollowUpTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FollowUpSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FollowUpAnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OrderOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    OrderValueEuro = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    AnonymisedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inquiries_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InquiryAssignments",
                columns: table => new
                {
                    InquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    SocialEnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InquiryAssignments", x => new { x.InquiryId, x.SocialEnterpriseId });
                    table.ForeignKey(
                        name: "FK_InquiryAssignments_Inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "Inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InquiryAssignments_SocialEnterprises_SocialEnterpriseId",
                        column: x => x.SocialEnterpriseId,
                        principalTable: "SocialEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InquiryNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InquiryNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InquiryNotes_Inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "Inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_DistrictId",
                table: "Inquiries",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_Email",
                table: "Inquiries",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_FollowUpTokenHash",
                table: "Inquiries",
                column: "FollowUpTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inquiries_Status_ReceivedAt",
                table: "Inquiries",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InquiryAssignments_SocialEnterpriseId",
                table: "InquiryAssignments",
                column: "SocialEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_InquiryNotes_InquiryId",
                table: "InquiryNotes",
                column: "InquiryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InquiryAssignments");

            migrationBuilder.DropTable(
                name: "InquiryNotes");

            migrationBuilder.DropTable(
                name: "Inquiries");
        }
    }
}
