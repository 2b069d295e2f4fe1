using System.Globalization;

namespace SozialProduziert.Web.Services.Matching;

/// <summary>A Sozialbetrieb as the matcher sees it: its fields of work, public offers and district seat.</summary>
public sealed record MatchCandidate(int Id, string Name, string Slug, string DistrictName, double Latitude, double Longitude, int DistrictId,
    IReadOnlyList<string> FieldsOfWork, IReadOnlyList<MatchOffer> Offers);

public sealed record MatchOffer(string Title, string FieldOfWork, string Description);

/// <summary>What a need asks for: its folded words and, when known, the district where it is needed.</summary>
public sealed record MatchNeed(IReadOnlyList<string> Words, int? DistrictId, double? Latitude, double? Longitude);

/// <summary>One suggestion: higher scores fit better; the reason says why in German.</summary>
public sealed record MatchSuggestion(int SocialEnterpriseId, string Name, string Slug, string DistrictName, double Score, string Reason);

/// <summary>
/// The ranking rule, kept free of the database so it is easy to read and to test: fit of fields of work (60) and of
/// an offer (40) come first; distance (up to 30, zero beyond 150 km) orders candidates of similar fit and fills the
/// list when nothing fits.
/// </summary>
public static class MatchScoring
{
    private const double FieldWeight = 60;
    private const double OfferWeight = 40;
    private const double ProximityWeight = 30;
    private const double ProximityRangeKm = 150;

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-AT");

    public static IReadOnlyList<MatchSuggestion> Rank(MatchNeed need, IEnumerable<MatchCandidate> candidates, IEnumerable<string> allFieldNames, int take)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(candidates);
        var asked = FieldKeywords.FieldsAskedFor(need.Words, allFieldNames);
        var significant = need.Words.Where(w => w.Length >= 5).ToHashSet(StringComparer.Ordinal);
        return candidates.Select(c => Score(need, c, asked, significant))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Name, StringComparer.Create(German, ignoreCase: true))
            .Take(take).ToList();
    }

    private static MatchSuggestion Score(MatchNeed need, MatchCandidate candidate, IReadOnlySet<string> asked, HashSet<string> significant)
    {
        double score = 0;
        var reasons = new List<string>();

        var fields = candidate.FieldsOfWork.Where(asked.Contains).ToList();
        if (fields.Count > 0)
        {
            score += FieldWeight + (5 * (fields.Count - 1));
            reasons.Add(fields.Count == 1 ? $"Feld {fields[0]} passt" : $"Felder {string.Join(" und ", fields)} passen");
        }

        var offer = candidate.Offers.FirstOrDefault(o => asked.Contains(o.FieldOfWork))
            ?? candidate.Offers.FirstOrDefault(o => FieldKeywords.Words(o.Title).Any(significant.Contains));
        if (offer is not null)
        {
            score += OfferWeight;
            reasons.Add($"Angebot „{offer.Title}“ passt");
        }

        if (reasons.Count == 0)
        {
            reasons.Add("kein passendes Arbeitsfeld");
        }

        if (need.DistrictId == candidate.DistrictId)
        {
            score += ProximityWeight;
            reasons.Add("gleicher Bezirk");
        }
        else if (need.Latitude is { } lat && need.Longitude is { } lon)
        {
            var km = GeoDistance.Kilometres(lat, lon, candidate.Latitude, candidate.Longitude);
            score += ProximityWeight * Math.Max(0, 1 - (km / ProximityRangeKm));
            reasons.Add($"{Math.Round(km).ToString("N0", German)} km entfernt");
        }

        return new MatchSuggestion(candidate.Id, candidate.Name, candidate.Slug, candidate.DistrictName, score, string.Join("; ", reasons));
    }
}
