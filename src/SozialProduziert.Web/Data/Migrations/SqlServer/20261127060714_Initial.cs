using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SozialProduziert.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Action = table.Column<int>(type: "int", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ContentType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ContentId = table.Column<int>(type: "int", nullable: true),
                    Details = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContentType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ContentId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Snapshot = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentRevisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Districts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Quarter = table.Column<int>(type: "int", nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: false),
                    Longitude = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Districts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Examples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Teaser = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    YearFrom = table.Column<int>(type: "int", nullable: false),
                    YearTo = table.Column<int>(type: "int", nullable: true),
                    IsOngoing = table.Column<bool>(type: "bit", nullable: false),
                    OutputType = table.Column<int>(type: "int", nullable: false),
                    MaterialReusedKg = table.Column<int>(type: "int", nullable: true),
                    ProgrammeWorkHours = table.Column<int>(type: "int", nullable: true),
                    PeopleEmployed = table.Column<int>(type: "int", nullable: true),
                    QuoteText = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    QuoteAuthor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    PublishAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Examples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FieldsOfWork",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldsOfWork", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediaImages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AltText = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Width = table.Column<int>(type: "int", nullable: false),
                    Height = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaImages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMails",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ToAddress = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    HtmlBody = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MetaDescription = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    PublishAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    FundingBody = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Places = table.Column<int>(type: "int", nullable: false, defaultValue: 10),
                    RegistrationOpensAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RegistrationClosesAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OnSiteMinutes = table.Column<int>(type: "int", nullable: false, defaultValue: 240),
                    ConsultingMinutes = table.Column<int>(type: "int", nullable: false, defaultValue: 600),
                    QueueVersion = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QualityMarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Website = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityMarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlugRedirects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContentType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OldSlug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    ContentId = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlugRedirects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Data = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Inquiries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    NeedKind = table.Column<int>(type: "int", nullable: true),
                    SocialEnterpriseId = table.Column<int>(type: "int", nullable: true),
                    OfferId = table.Column<int>(type: "int", nullable: true),
                    Topic = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Quantity = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Frequency = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    DistrictId = table.Column<int>(type: "int", nullable: true),
                    Organisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ContactPerson = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConsentedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FollowUpTokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    FollowUpSentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FollowUpAnsweredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OrderOutcome = table.Column<int>(type: "int", nullable: true),
                    OrderValueEuro = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    AnonymisedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                name: "ExampleFieldOfWork",
                columns: table => new
                {
                    ExamplesId = table.Column<int>(type: "int", nullable: false),
                    FieldsOfWorkId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExampleFieldOfWork", x => new { x.ExamplesId, x.FieldsOfWorkId });
                    table.ForeignKey(
                        name: "FK_ExampleFieldOfWork_Examples_ExamplesId",
                        column: x => x.ExamplesId,
                        principalTable: "Examples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExampleFieldOfWork_FieldsOfWork_FieldsOfWorkId",
                        column: x => x.FieldsOfWorkId,
                        principalTable: "FieldsOfWork",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExampleImage",
                columns: table => new
                {
                    ExampleId = table.Column<int>(type: "int", nullable: false),
                    MediaImageId = table.Column<int>(type: "int", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExampleImage", x => new { x.ExampleId, x.MediaImageId });
                    table.ForeignKey(
                        name: "FK_ExampleImage_Examples_ExampleId",
                        column: x => x.ExampleId,
                        principalTable: "Examples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExampleImage_MediaImages_MediaImageId",
                        column: x => x.MediaImageId,
                        principalTable: "MediaImages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediaVariants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MediaImageId = table.Column<int>(type: "int", nullable: false),
                    Width = table.Column<int>(type: "int", nullable: false),
                    Height = table.Column<int>(type: "int", nullable: false),
                    Format = table.Column<int>(type: "int", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Data = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaVariants_MediaImages_MediaImageId",
                        column: x => x.MediaImageId,
                        principalTable: "MediaImages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SocialEnterprises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Teaser = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ProfileMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Segment = table.Column<int>(type: "int", nullable: false),
                    LegalForm = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DistrictId = table.Column<int>(type: "int", nullable: false),
                    Street = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PostalCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Town = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ContactPerson = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Website = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    LogoId = table.Column<int>(type: "int", nullable: true),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    PublishAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialEnterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SocialEnterprises_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SocialEnterprises_MediaImages_LogoId",
                        column: x => x.LogoId,
                        principalTable: "MediaImages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Partners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DistrictId = table.Column<int>(type: "int", nullable: false),
                    LogoId = table.Column<int>(type: "int", nullable: true),
                    Website = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Teaser = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ShowcaseMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ProgrammeId = table.Column<int>(type: "int", nullable: true),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    PublishAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Partners_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Partners_MediaImages_LogoId",
                        column: x => x.LogoId,
                        principalTable: "MediaImages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Partners_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Downloads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    StoredFileId = table.Column<int>(type: "int", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    PublishAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Downloads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Downloads_StoredFiles_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InquiryNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    InquiryId = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Author = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ExampleSocialEnterprise",
                columns: table => new
                {
                    ExamplesId = table.Column<int>(type: "int", nullable: false),
                    SocialEnterprisesId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExampleSocialEnterprise", x => new { x.ExamplesId, x.SocialEnterprisesId });
                    table.ForeignKey(
                        name: "FK_ExampleSocialEnterprise_Examples_ExamplesId",
                        column: x => x.ExamplesId,
                        principalTable: "Examples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExampleSocialEnterprise_SocialEnterprises_SocialEnterprisesId",
                        column: x => x.SocialEnterprisesId,
                        principalTable: "SocialEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InquiryAssignments",
                columns: table => new
                {
                    InquiryId = table.Column<int>(type: "int", nullable: false),
                    SocialEnterpriseId = table.Column<int>(type: "int", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AssignedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
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
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SocialEnterpriseId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DescriptionMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FieldOfWorkId = table.Column<int>(type: "int", nullable: false),
                    IndicativePrice = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    LeadTime = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    MinimumQuantity = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    PublishAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offers_FieldsOfWork_FieldOfWorkId",
                        column: x => x.FieldOfWorkId,
                        principalTable: "FieldsOfWork",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Offers_SocialEnterprises_SocialEnterpriseId",
                        column: x => x.SocialEnterpriseId,
                        principalTable: "SocialEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SocialEnterpriseFieldOfWork",
                columns: table => new
                {
                    FieldsOfWorkId = table.Column<int>(type: "int", nullable: false),
                    SocialEnterprisesId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialEnterpriseFieldOfWork", x => new { x.FieldsOfWorkId, x.SocialEnterprisesId });
                    table.ForeignKey(
                        name: "FK_SocialEnterpriseFieldOfWork_FieldsOfWork_FieldsOfWorkId",
                        column: x => x.FieldsOfWorkId,
                        principalTable: "FieldsOfWork",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SocialEnterpriseFieldOfWork_SocialEnterprises_SocialEnterprisesId",
                        column: x => x.SocialEnterprisesId,
                        principalTable: "SocialEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SocialEnterpriseQualityMark",
                columns: table => new
                {
                    QualityMarksId = table.Column<int>(type: "int", nullable: false),
                    SocialEnterprisesId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialEnterpriseQualityMark", x => new { x.QualityMarksId, x.SocialEnterprisesId });
                    table.ForeignKey(
                        name: "FK_SocialEnterpriseQualityMark_QualityMarks_QualityMarksId",
                        column: x => x.QualityMarksId,
                        principalTable: "QualityMarks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SocialEnterpriseQualityMark_SocialEnterprises_SocialEnterprisesId",
                        column: x => x.SocialEnterprisesId,
                        principalTable: "SocialEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamplePartner",
                columns: table => new
                {
                    ExamplesId = table.Column<int>(type: "int", nullable: false),
                    PartnersId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamplePartner", x => new { x.ExamplesId, x.PartnersId });
                    table.ForeignKey(
                        name: "FK_ExamplePartner_Examples_ExamplesId",
                        column: x => x.ExamplesId,
                        principalTable: "Examples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExamplePartner_Partners_PartnersId",
                        column: x => x.PartnersId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImpactFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PartnerId = table.Column<int>(type: "int", nullable: false),
                    ExampleId = table.Column<int>(type: "int", nullable: true),
                    InquiryId = table.Column<int>(type: "int", nullable: true),
                    SocialEnterpriseId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    MethodNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    PartnerConfirmedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PartnerConfirmedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PartnerConfirmedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    EnterpriseConfirmedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EnterpriseConfirmedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    EnterpriseConfirmationRecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactFigures", x => x.Id);
                    table.CheckConstraint("CK_ImpactFigures_ExampleOrInquiry", "(\"ExampleId\" IS NULL AND \"InquiryId\" IS NOT NULL) OR (\"ExampleId\" IS NOT NULL AND \"InquiryId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_ImpactFigures_Examples_ExampleId",
                        column: x => x.ExampleId,
                        principalTable: "Examples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ImpactFigures_Inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "Inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ImpactFigures_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImpactFigures_SocialEnterprises_SocialEnterpriseId",
                        column: x => x.SocialEnterpriseId,
                        principalTable: "SocialEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InterestRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgrammeId = table.Column<int>(type: "int", nullable: false),
                    ArrivalNumber = table.Column<int>(type: "int", nullable: false),
                    ArrivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CompanyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CompanyKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContactPerson = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    EmailKey = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    DistrictId = table.Column<int>(type: "int", nullable: false),
                    CompanySize = table.Column<int>(type: "int", nullable: false),
                    Ideas = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ConsentedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PartnerId = table.Column<int>(type: "int", nullable: true),
                    AccessToken = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AnonymisedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                name: "PartnerInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PartnerId = table.Column<int>(type: "int", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TokenHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    InvitedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerInvitations_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerMembers",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    PartnerId = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerMembers", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_PartnerMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnerMembers_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ShowcaseReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PartnerId = table.Column<int>(type: "int", nullable: false),
                    Decision = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PartnerVersion = table.Column<int>(type: "int", nullable: false),
                    ContentHash = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DecidedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DecidedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShowcaseReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShowcaseReviews_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferImage",
                columns: table => new
                {
                    OfferId = table.Column<int>(type: "int", nullable: false),
                    MediaImageId = table.Column<int>(type: "int", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferImage", x => new { x.OfferId, x.MediaImageId });
                    table.ForeignKey(
                        name: "FK_OfferImage_MediaImages_MediaImageId",
                        column: x => x.MediaImageId,
                        principalTable: "MediaImages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfferImage_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultingEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RegistrationId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Consultant = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Minutes = table.Column<int>(type: "int", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Idea = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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

            migrationBuilder.InsertData(
                table: "Districts",
                columns: new[] { "Id", "Kind", "Latitude", "Longitude", "Name", "Quarter", "Slug" },
                values: new object[,]
                {
                    { 1, 0, 48.122999999999998, 14.872, "Amstetten", 0, "amstetten" },
                    { 2, 0, 48.006, 16.234000000000002, "Baden", 3, "baden" },
                    { 3, 0, 48.024999999999999, 16.779, "Bruck an der Leitha", 3, "bruck-an-der-leitha" },
                    { 4, 0, 48.338999999999999, 16.719999999999999, "Gänserndorf", 2, "gaenserndorf" },
                    { 5, 0, 48.768000000000001, 14.98, "Gmünd", 1, "gmuend" },
                    { 6, 0, 48.563000000000002, 16.079000000000001, "Hollabrunn", 2, "hollabrunn" },
                    { 7, 0, 48.664999999999999, 15.657, "Horn", 1, "horn" },
                    { 8, 0, 48.344999999999999, 16.332999999999998, "Korneuburg", 2, "korneuburg" },
                    { 9, 0, 48.414999999999999, 15.59, "Krems-Land", 1, "krems-land" },
                    { 10, 0, 48.012999999999998, 15.597, "Lilienfeld", 4, "lilienfeld" },
                    { 11, 0, 48.226999999999997, 15.331, "Melk", 0, "melk" },
                    { 12, 0, 48.57, 16.577000000000002, "Mistelbach", 2, "mistelbach" },
                    { 13, 0, 48.085999999999999, 16.289000000000001, "Mödling", 3, "moedling" },
                    { 14, 0, 47.720999999999997, 16.081, "Neunkirchen", 3, "neunkirchen" },
                    { 15, 0, 48.195, 15.609999999999999, "St. Pölten-Land", 4, "st-poelten-land" },
                    { 16, 0, 48.005000000000003, 15.167, "Scheibbs", 0, "scheibbs" },
                    { 17, 0, 48.329999999999998, 16.055, "Tulln", 4, "tulln" },
                    { 18, 0, 48.816000000000003, 15.285, "Waidhofen an der Thaya", 1, "waidhofen-an-der-thaya" },
                    { 19, 0, 47.805, 16.225000000000001, "Wiener Neustadt-Land", 3, "wiener-neustadt-land" },
                    { 20, 0, 48.603999999999999, 15.169, "Zwettl", 1, "zwettl" },
                    { 21, 1, 48.409999999999997, 15.609999999999999, "Krems an der Donau", 1, "krems-an-der-donau" },
                    { 22, 1, 48.204000000000001, 15.627000000000001, "St. Pölten", 4, "st-poelten" },
                    { 23, 1, 47.960000000000001, 14.773999999999999, "Waidhofen an der Ybbs", 0, "waidhofen-an-der-ybbs" },
                    { 24, 1, 47.816000000000003, 16.244, "Wiener Neustadt", 3, "wiener-neustadt" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action",
                table: "AuditEntries",
                column: "Action");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultingEntries_RegistrationId_Date",
                table: "ConsultingEntries",
                columns: new[] { "RegistrationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentRevisions_ContentType_ContentId_Number",
                table: "ContentRevisions",
                columns: new[] { "ContentType", "ContentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Districts_Slug",
                table: "Districts",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Download_Visibility",
                table: "Downloads",
                columns: new[] { "State", "DeletedAt", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Downloads_DeletedAt",
                table: "Downloads",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Downloads_Slug",
                table: "Downloads",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Downloads_StoredFileId",
                table: "Downloads",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ExampleFieldOfWork_FieldsOfWorkId",
                table: "ExampleFieldOfWork",
                column: "FieldsOfWorkId");

            migrationBuilder.CreateIndex(
                name: "IX_ExampleImage_MediaImageId",
                table: "ExampleImage",
                column: "MediaImageId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamplePartner_PartnersId",
                table: "ExamplePartner",
                column: "PartnersId");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeExample_Visibility",
                table: "Examples",
                columns: new[] { "State", "DeletedAt", "PublishAt", "IsOngoing", "YearFrom", "YearTo", "MaterialReusedKg", "ProgrammeWorkHours", "PeopleEmployed", "Slug", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Examples_DeletedAt",
                table: "Examples",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Examples_OutputType",
                table: "Examples",
                column: "OutputType");

            migrationBuilder.CreateIndex(
                name: "IX_Examples_Slug",
                table: "Examples",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Examples_YearFrom_YearTo",
                table: "Examples",
                columns: new[] { "YearFrom", "YearTo" });

            migrationBuilder.CreateIndex(
                name: "IX_ExampleSocialEnterprise_SocialEnterprisesId",
                table: "ExampleSocialEnterprise",
                column: "SocialEnterprisesId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldsOfWork_Slug",
                table: "FieldsOfWork",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImpactFigures_ExampleId",
                table: "ImpactFigures",
                column: "ExampleId");

            migrationBuilder.CreateIndex(
                name: "IX_ImpactFigures_InquiryId",
                table: "ImpactFigures",
                column: "InquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_ImpactFigures_PartnerId_Year",
                table: "ImpactFigures",
                columns: new[] { "PartnerId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ImpactFigures_SocialEnterpriseId",
                table: "ImpactFigures",
                column: "SocialEnterpriseId");

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
                unique: true,
                filter: "[FollowUpTokenHash] IS NOT NULL");

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

            migrationBuilder.CreateIndex(
                name: "IX_MediaVariants_Hash",
                table: "MediaVariants",
                column: "Hash");

            migrationBuilder.CreateIndex(
                name: "IX_MediaVariants_MediaImageId",
                table: "MediaVariants",
                column: "MediaImageId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferImage_MediaImageId",
                table: "OfferImage",
                column: "MediaImageId");

            migrationBuilder.CreateIndex(
                name: "IX_Offer_Visibility",
                table: "Offers",
                columns: new[] { "State", "DeletedAt", "PublishAt", "SocialEnterpriseId", "Title", "Slug", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_DeletedAt",
                table: "Offers",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_FieldOfWorkId",
                table: "Offers",
                column: "FieldOfWorkId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Kind",
                table: "Offers",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Slug",
                table: "Offers",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Offers_SocialEnterpriseId_State_DeletedAt_PublishAt",
                table: "Offers",
                columns: new[] { "SocialEnterpriseId", "State", "DeletedAt", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMails_State_NextAttemptAt",
                table: "OutboxMails",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMails_ToAddress",
                table: "OutboxMails",
                column: "ToAddress");

            migrationBuilder.CreateIndex(
                name: "IX_Page_Visibility",
                table: "Pages",
                columns: new[] { "State", "DeletedAt", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Pages_DeletedAt",
                table: "Pages",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_Slug",
                table: "Pages",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerInvitations_PartnerId",
                table: "PartnerInvitations",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerInvitations_TokenHash",
                table: "PartnerInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerMembers_PartnerId",
                table: "PartnerMembers",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Partner_Visibility",
                table: "Partners",
                columns: new[] { "State", "DeletedAt", "PublishAt", "Name", "Slug", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_DeletedAt",
                table: "Partners",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_DistrictId",
                table: "Partners",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_LogoId",
                table: "Partners",
                column: "LogoId");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_ProgrammeId",
                table: "Partners",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_Slug",
                table: "Partners",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_Slug",
                table: "Programmes",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityMarks_Slug",
                table: "QualityMarks",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShowcaseReviews_PartnerId_DecidedAt",
                table: "ShowcaseReviews",
                columns: new[] { "PartnerId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SlugRedirects_ContentType_OldSlug",
                table: "SlugRedirects",
                columns: new[] { "ContentType", "OldSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterpriseFieldOfWork_SocialEnterprisesId",
                table: "SocialEnterpriseFieldOfWork",
                column: "SocialEnterprisesId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterpriseQualityMark_SocialEnterprisesId",
                table: "SocialEnterpriseQualityMark",
                column: "SocialEnterprisesId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprise_Visibility",
                table: "SocialEnterprises",
                columns: new[] { "State", "DeletedAt", "PublishAt", "Name", "Slug", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprises_DeletedAt",
                table: "SocialEnterprises",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprises_DistrictId",
                table: "SocialEnterprises",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprises_LogoId",
                table: "SocialEnterprises",
                column: "LogoId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprises_Segment",
                table: "SocialEnterprises",
                column: "Segment");

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprises_Slug",
                table: "SocialEnterprises",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ConsultingEntries");

            migrationBuilder.DropTable(
                name: "ContentRevisions");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Downloads");

            migrationBuilder.DropTable(
                name: "ExampleFieldOfWork");

            migrationBuilder.DropTable(
                name: "ExampleImage");

            migrationBuilder.DropTable(
                name: "ExamplePartner");

            migrationBuilder.DropTable(
                name: "ExampleSocialEnterprise");

            migrationBuilder.DropTable(
                name: "ImpactFigures");

            migrationBuilder.DropTable(
                name: "InquiryAssignments");

            migrationBuilder.DropTable(
                name: "InquiryNotes");

            migrationBuilder.DropTable(
                name: "MediaVariants");

            migrationBuilder.DropTable(
                name: "OfferImage");

            migrationBuilder.DropTable(
                name: "OutboxMails");

            migrationBuilder.DropTable(
                name: "Pages");

            migrationBuilder.DropTable(
                name: "PartnerInvitations");

            migrationBuilder.DropTable(
                name: "PartnerMembers");

            migrationBuilder.DropTable(
                name: "ShowcaseReviews");

            migrationBuilder.DropTable(
                name: "SlugRedirects");

            migrationBuilder.DropTable(
                name: "SocialEnterpriseFieldOfWork");

            migrationBuilder.DropTable(
                name: "SocialEnterpriseQualityMark");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "InterestRegistrations");

            migrationBuilder.DropTable(
                name: "StoredFiles");

            migrationBuilder.DropTable(
                name: "Examples");

            migrationBuilder.DropTable(
                name: "Inquiries");

            migrationBuilder.DropTable(
                name: "Offers");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "QualityMarks");

            migrationBuilder.DropTable(
                name: "Partners");

            migrationBuilder.DropTable(
                name: "FieldsOfWork");

            migrationBuilder.DropTable(
                name: "SocialEnterprises");

            migrationBuilder.DropTable(
                name: "Programmes");

            migrationBuilder.DropTable(
                name: "Districts");

            migrationBuilder.DropTable(
                name: "MediaImages");
        }
    }
}
