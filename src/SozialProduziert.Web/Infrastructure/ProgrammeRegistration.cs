using SozialProduziert.Web.Services.Privacy;
using SozialProduziert.Web.Services.Programmes;

namespace SozialProduziert.Web.Infrastructure;

public static class ProgrammeRegistration
{
    /// <summary>Programmes, interest registrations in arrival order and the consulting ledger.</summary>
    public static IServiceCollection AddPortalProgrammes(this IServiceCollection services)
    {
        services.AddScoped<ProgrammeQueueLock>();
        services.AddScoped<RegistrationMails>();
        services.AddScoped<RegistrationIntake>();
        services.AddScoped<ConfirmedPartners>();
        services.AddScoped<RegistrationStatusChanges>();
        services.AddScoped<ConsultingLedger>();
        services.AddScoped<ProgrammeSettings>();
        services.AddScoped<IPersonalDataStore, RegistrationPersonalData>();
        return services;
    }
}
