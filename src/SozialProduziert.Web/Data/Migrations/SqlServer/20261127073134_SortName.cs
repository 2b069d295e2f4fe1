using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SozialProduziert.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SortName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SocialEnterprise_Visibility",
                table: "SocialEnterprises");

            migrationBuilder.DropIndex(
                name: "IX_Partner_Visibility",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Offer_Visibility",
                table: "Offers");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "SocialEnterprises",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Partners",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Pages",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Offers",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Examples",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Downloads",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            // Rows stored before this migration: fold as closely as SQL can (the app's fold also drops other
            // diacritics); the next save of each item stamps the exact value. Binary collation, so an accent-insensitive
            // database collation does not replace every "a" along with "ä".
            foreach (var (table, column) in new[] { ("Examples", "Title"), ("SocialEnterprises", "Name"), ("Offers", "Title"), ("Partners", "Name"), ("Pages", "Title"), ("Downloads", "Title") })
            {
                migrationBuilder.Sql(DeferredSql.Exec(
                    $"UPDATE [{table}] SET [SortName] = REPLACE(REPLACE(REPLACE(REPLACE(LOWER([{column}]) COLLATE Latin1_General_100_BIN2, N'ä', N'ae'), N'ö', N'oe'), N'ü', N'ue'), N'ß', N'ss')"));
            }

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprise_Visibility",
                table: "SocialEnterprises",
                columns: new[] { "State", "DeletedAt", "PublishAt", "SortName", "Slug", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Partner_Visibility",
                table: "Partners",
                columns: new[] { "State", "DeletedAt", "PublishAt", "SortName", "Slug", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Offer_Visibility",
                table: "Offers",
                columns: new[] { "State", "DeletedAt", "PublishAt", "SocialEnterpriseId", "SortName", "Slug", "UpdatedAt" });
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
                name: "IX_Offer_Visibility",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "SocialEnterprises");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "Examples");

            migrationBuilder.DropColumn(
                name: "SortName",
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
                name: "IX_Offer_Visibility",
                table: "Offers",
                columns: new[] { "State", "DeletedAt", "PublishAt", "SocialEnterpriseId", "Title", "Slug", "UpdatedAt" });
        }
    }
}
