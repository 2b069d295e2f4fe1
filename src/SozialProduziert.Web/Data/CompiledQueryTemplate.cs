using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SozialProduziert.Web.Data;

/// <summary>
/// A query written with the portal's query helpers (<see cref="PublicQueries.PubliclyVisible{T}"/>, the <c>ToCards</c>
/// projections …), compiled once per EF model. EF would otherwise, on every execution, build the query's expression
/// tree anew, extract its parameters and hash the tree to find its translation: compiling the Sozialbetrieb page's
/// queries cut its processor time by 40–50 % (docs/performance.md). A compiled query's lambda cannot call those helpers
/// (EF cannot translate them), so the template builds the query once with the helpers, with a marker value for each
/// argument, and turns every place where a marker ended up into the compiled query's parameter.
/// The builder must pass its arguments through unchanged: a value computed from one (<c>now.Date</c>) would be computed
/// from the marker once and kept. Compilation fails when an argument's marker is not found in the query.
/// </summary>
public sealed class CompiledQueryTemplate<TArg1, TArg2, TResult>
{
    private readonly Func<AppDbContext, TArg1, TArg2, IQueryable<TResult>> _build;

    // A compiled query belongs to one EF model: a process with differently configured hosts (the tests) has several.
    private readonly ConditionalWeakTable<IModel, Func<AppDbContext, TArg1, TArg2, IAsyncEnumerable<TResult>>> _compiled = new();

    public CompiledQueryTemplate(Func<AppDbContext, TArg1, TArg2, IQueryable<TResult>> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        _build = build;
    }

    /// <summary>The query's results for the arguments.</summary>
    public async Task<List<TResult>> ToListAsync(AppDbContext db, TArg1 arg1, TArg2 arg2, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var results = new List<TResult>();
        await foreach (var result in Compiled(db)(db, arg1, arg2).WithCancellation(cancellationToken))
        {
            results.Add(result);
        }

        return results;
    }

    /// <summary>The query's first result for the arguments, or the default when it has none; reads no further row.</summary>
    public async Task<TResult?> FirstOrDefaultAsync(AppDbContext db, TArg1 arg1, TArg2 arg2, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await foreach (var result in Compiled(db)(db, arg1, arg2).WithCancellation(cancellationToken))
        {
            return result;
        }

        return default;
    }

    private Func<AppDbContext, TArg1, TArg2, IAsyncEnumerable<TResult>> Compiled(AppDbContext db) =>
        _compiled.GetValue(db.Model, _ => Compile(db));

    private Func<AppDbContext, TArg1, TArg2, IAsyncEnumerable<TResult>> Compile(AppDbContext db)
    {
        var context = Expression.Parameter(typeof(AppDbContext), "db");
        var first = Expression.Parameter(typeof(TArg1), "arg1");
        var second = Expression.Parameter(typeof(TArg2), "arg2");
        var markers = new MarkerReplacer([(Marker<TArg1>.Value, first), (Marker<TArg2>.Value, second)]);
        var body = markers.Visit(_build(db, Marker<TArg1>.Value, Marker<TArg2>.Value).Expression);
        if (markers.Unused.FirstOrDefault() is { } unused)
        {
            throw new InvalidOperationException($"The query does not use its argument {unused.Name} as given; compiling it would freeze that value.");
        }

        return EF.CompileAsyncQuery(Expression.Lambda<Func<AppDbContext, TArg1, TArg2, IQueryable<TResult>>>(body, context, first, second));
    }

    /// <summary>Replaces each marker value, whether a constant or a captured variable, with its parameter.</summary>
    private sealed class MarkerReplacer(IReadOnlyList<(object? Marker, ParameterExpression Parameter)> markers) : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _used = [];

        public IEnumerable<ParameterExpression> Unused => markers.Select(m => m.Parameter).Where(p => !_used.Contains(p));

        protected override Expression VisitConstant(ConstantExpression node) =>
            Replacement(node.Value, node.Type) ?? base.VisitConstant(node);

        protected override Expression VisitMember(MemberExpression node) =>
            node is { Expression: ConstantExpression closure, Member: FieldInfo field }
                ? Replacement(field.GetValue(closure.Value), node.Type) ?? base.VisitMember(node)
                : base.VisitMember(node);

        private Expression? Replacement(object? value, Type type)
        {
            foreach (var (marker, parameter) in markers)
            {
                if (marker is not null && marker.Equals(value) && type.IsAssignableFrom(parameter.Type))
                {
                    _used.Add(parameter);
                    return type == parameter.Type ? parameter : Expression.Convert(parameter, type);
                }
            }

            return null;
        }
    }
}

/// <summary>Argument values no real query passes, to find where the arguments end up in a built query.</summary>
internal static class Marker<T>
{
    public static readonly T Value = (T)(typeof(T) switch
    {
        var t when t == typeof(int) => (object)(int.MinValue + 7919),
        var t when t == typeof(string) => "\u0001marker\u0001",
        var t when t == typeof(DateTime) => new DateTime(1901, 2, 3, 4, 5, 6, 789, DateTimeKind.Utc),
        var t => throw new NotSupportedException($"No marker for arguments of type {t.Name}."),
    });
}
