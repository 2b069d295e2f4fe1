using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SozialProduziert.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Images stored before this migration: the same "hash.ext:width" tokens VariantManifest.Of writes
            // (Format 1 is WebP, 0 JPEG); the order does not matter, ImageViewModel sorts the variants.
            migrationBuilder.Sql(
                """
                UPDATE "MediaImages" SET "VariantManifest" = COALESCE((SELECT group_concat("v"."Hash" || CASE "v"."Format" WHEN 1 THEN '.webp' ELSE '.jpg' END || ':' || "v"."Width", ' ') FROM "MediaVariants" AS "v" WHERE "v"."MediaImageId" = "MediaImages"."Id"), '')
                """);
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
