using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SozialProduziert.Web.Data;

/// <summary>Marks DateTime values read from the database as UTC (providers return Kind=Unspecified).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
