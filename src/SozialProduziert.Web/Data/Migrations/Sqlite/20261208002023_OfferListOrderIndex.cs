using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SozialProduziert.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfferListOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offer_Visibility",
                table: "Offers");

            migrationBuilder.CreateIndex(
                name: "IX_Offer_Visibility",
                table: "Offers",
                columns: new[] { "State", "DeletedAt", "SortName", "Id", "PublishAt", "SocialEnterpriseId", "FieldOfWorkId", "Kind", "Slug", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offer_Visibility",
                table: "Offers");

            migrationBuilder.CreateIndex(
                name: "IX_Offer_Visibility",
                table: "Offers",
                columns: new[] { "State", "DeletedAt", "PublishAt", "SocialEnterpriseId", "SortName", "Slug", "UpdatedAt" });
        }
    }
}
