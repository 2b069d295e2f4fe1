using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SozialProduziert.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddVariantManifest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VariantManifest",
                table: "MediaImages",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            // Images stored before this migration: the same "hash.ext:width" tokens VariantManifest.Of writes
            // (Format 1 is WebP, 0 JPEG); the order does not matter, ImageViewModel sorts the variants.
            migrationBuilder.Sql(DeferredSql.Exec(
                """
                UPDATE [m] SET [VariantManifest] = COALESCE((SELECT STRING_AGG(CONCAT(CAST([v].[Hash] AS nvarchar(max)), CASE [v].[Format] WHEN 1 THEN N'.webp' ELSE N'.jpg' END, N':', [v].[Width]), N' ') FROM [MediaVariants] AS [v] WHERE [v].[MediaImageId] = [m].[Id]), N'') FROM [MediaImages] AS [m]
                """));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VariantManifest",
                table: "MediaImages");
        }
    }
}
