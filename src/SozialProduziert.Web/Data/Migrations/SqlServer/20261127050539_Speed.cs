using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SozialProduziert.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Speed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SocialEnterprises_State_PublishAt",
                table: "SocialEnterprises");

            migrationBuilder.DropIndex(
                name: "IX_Partners_State_PublishAt",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Pages_State_PublishAt",
                table: "Pages");

            migrationBuilder.DropIndex(
                name: "IX_Offers_SocialEnterpriseId",
                table: "Offers");

            migrationBuilder.DropIndex(
                name: "IX_Offers_State_PublishAt",
                table: "Offers");

            migrationBuilder.DropIndex(
                name: "IX_Examples_State_PublishAt",
                table: "Examples");

            migrationBuilder.DropIndex(
                name: "IX_Downloads_State_PublishAt",
                table: "Downloads");

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprise_Visibility",
                table: "SocialEnterprises",
                columns: new[] { "State", "DeletedAt", "PublishAt", "Name", "Slug", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Partner_Visibility",
                table: "Partners",
                columns: new[] { "State", "DeletedAt", "PublishAt", "Name", "Slug", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Page_Visibility",
                table: "Pages",
                columns: new[] { "State", "DeletedAt", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Offer_Visibility",
                table: "Offers",
                columns: new[] { "State", "DeletedAt", "PublishAt", "SocialEnterpriseId", "Title", "Slug", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_SocialEnterpriseId_State_DeletedAt_PublishAt",
                table: "Offers",
                columns: new[] { "SocialEnterpriseId", "State", "DeletedAt", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeExample_Visibility",
                table: "Examples",
                columns: new[] { "State", "DeletedAt", "PublishAt", "IsOngoing", "YearFrom", "YearTo", "MaterialReusedKg", "ProgrammeWorkHours", "PeopleEmployed", "Slug", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Download_Visibility",
                table: "Downloads",
                columns: new[] { "State", "DeletedAt", "PublishAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SocialEnterprise_Visibility",
                table: "SocialEnterprises");

            migrationBuilder.DropIndex(
                name: "IX_Partner_Visibility",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Page_Visibility",
                table: "Pages");

            migrationBuilder.DropIndex(
                name: "IX_Offer_Visibility",
                table: "Offers");

            migrationBuilder.DropIndex(
                name: "IX_Offers_SocialEnterpriseId_State_DeletedAt_PublishAt",
                table: "Offers");

            migrationBuilder.DropIndex(
                name: "IX_BestPracticeExample_Visibility",
                table: "Examples");

            migrationBuilder.DropIndex(
                name: "IX_Download_Visibility",
                table: "Downloads");

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprises_State_PublishAt",
                table: "SocialEnterprises",
                columns: new[] { "State", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_State_PublishAt",
                table: "Partners",
                columns: new[] { "State", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Pages_State_PublishAt",
                table: "Pages",
                columns: new[] { "State", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_SocialEnterpriseId",
                table: "Offers",
                column: "SocialEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_State_PublishAt",
                table: "Offers",
                columns: new[] { "State", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Examples_State_PublishAt",
                table: "Examples",
                columns: new[] { "State", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Downloads_State_PublishAt",
                table: "Downloads",
                columns: new[] { "State", "PublishAt" });
        }
    }
}
