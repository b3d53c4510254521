//! Starting TAPI: versions (`TAPI_`, `INITIALIZE_`) and `lineInitializeEx`/`phoneInitializeEx` options.

#[cfg(doc)]
use crate::families::LineInitializeExOptionSet;
use tapi_consts::ConstFamily;

/// Miscellaneous values that `tapi.h` defines under the bare `TAPI_` prefix.
///
/// The family groups two unrelated numbers: the API version the header targets by default,
/// and an obsolete window message number from TAPI 1.x Assisted Telephony.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "TAPI_", header = "tapi.h", c_consts)]
#[tapi(doc(
    fr = "Valeurs diverses que `tapi.h` définit sous le simple préfixe `TAPI_`.",
    de = "Verschiedene Werte, die `tapi.h` unter dem bloßen Präfix `TAPI_` definiert."
))]
pub enum Tapi {
    /// The TAPI version the header is written for, encoded with the major version in the high
    /// word and the minor version in the low word: `0x00030001` is TAPI 3.1. windows-sys
    /// defines the same name as `0x00020002` (TAPI 2.2).
    #[tapi(name = "CURRENT_VERSION")]
    #[tapi(doc(
        fr = "Version de TAPI pour laquelle l’en-tête est écrit, codée avec la version majeure dans le mot de poids fort et la version mineure dans le mot de poids faible : `0x00030001` correspond à TAPI 3.1. windows-sys définit ce même nom à `0x00020002` (TAPI 2.2).",
        de = "TAPI-Version, für die der Header geschrieben ist, kodiert mit der Hauptversion im höherwertigen Wort und der Nebenversion im niederwertigen Wort: `0x00030001` steht für TAPI 3.1. windows-sys definiert denselben Namen als `0x00020002` (TAPI 2.2)."
    ))]
    CurrentVersion = 0x0003_0001,
    /// Window message number (`WM_USER + 99`) once posted to an application's window to report
    /// the outcome of an asynchronous Assisted Telephony request. Obsolete: current TAPI
    /// versions do not send it.
    #[tapi(doc(
        fr = "Numéro de message de fenêtre (`WM_USER + 99`) autrefois posté à la fenêtre d’une application pour lui communiquer l’issue d’une requête asynchrone de téléphonie assistée. Obsolète : les versions actuelles de TAPI ne l’envoient plus.",
        de = "Nummer einer Fensternachricht (`WM_USER + 99`), die früher an das Fenster einer Anwendung gesendet wurde, um ihr das Ergebnis einer asynchronen Anforderung der unterstützten Telefonie mitzuteilen. Veraltet: Aktuelle TAPI-Versionen senden sie nicht mehr."
    ))]
    Reply = 0x0000_0463,
}

/// Special device identifier used in version negotiation between TAPI and a service provider.
///
/// It appears as the `dwDeviceID` argument of the service provider functions
/// `TSPI_lineNegotiateTSPIVersion` and `TSPI_phoneNegotiateTSPIVersion`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "INITIALIZE_", header = "tapi.h", c_consts)]
#[tapi(doc(
    fr = "Identifiant de périphérique spécial utilisé lors de la négociation de version entre TAPI et un fournisseur de services, dans l’argument `dwDeviceID` de `TSPI_lineNegotiateTSPIVersion` et `TSPI_phoneNegotiateTSPIVersion`.",
    de = "Besondere Gerätekennung, die beim Aushandeln der Version zwischen TAPI und einem Dienstanbieter verwendet wird, im Argument `dwDeviceID` von `TSPI_lineNegotiateTSPIVersion` und `TSPI_phoneNegotiateTSPIVersion`."
))]
pub enum Initialize {
    /// Passed in place of a real device identifier when TAPI negotiates the TSPI interface
    /// version with a service provider as a whole, before and independently of any particular
    /// line or phone device.
    #[tapi(doc(
        fr = "Passé à la place d’un véritable identifiant de périphérique lorsque TAPI négocie la version de l’interface TSPI avec le fournisseur de services dans son ensemble, avant et indépendamment de tout périphérique de ligne ou téléphonique particulier.",
        de = "Wird anstelle einer echten Gerätekennung übergeben, wenn TAPI die Version der TSPI-Schnittstelle mit dem Dienstanbieter als Ganzem aushandelt, vor und unabhängig von einem bestimmten Leitungs- oder Telefongerät."
    ))]
    Negotiation = 0xFFFF_FFFF,
}

/// How TAPI should deliver event notifications to an application that initializes with
/// `lineInitializeEx`.
///
/// Passed in `dwOptions` of `LINEINITIALIZEEXPARAMS`. The first three values select one delivery
/// mechanism; `CALLHUBTRACKING` is a separate high bit that the API lets an application combine
/// with one of them.
///
/// Modelled as a [`Kind::Mixed`](crate::Kind::Mixed) family: the three mechanisms are
/// `selector` members (one value of the low bits at a time) and `CALLHUBTRACKING` a flag, so
/// [`LineInitializeExOptionSet`] parses and prints both parts:
/// `LINEINITIALIZEEXOPTION_USEEVENT | LINEINITIALIZEEXOPTION_CALLHUBTRACKING` is `0x80000002`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEINITIALIZEEXOPTION_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Manière dont TAPI doit transmettre les notifications d’événements à une application qui s’initialise avec `lineInitializeEx`. Passée dans `dwOptions` de `LINEINITIALIZEEXPARAMS`. Les trois premières valeurs choisissent un mécanisme de transmission ; `CALLHUBTRACKING` est un bit de poids fort distinct que l’API permet de combiner avec l’un d’eux.",
    de = "Art und Weise, wie TAPI einer Anwendung, die sich mit `lineInitializeEx` initialisiert, Ereignisbenachrichtigungen zustellen soll. Wird in `dwOptions` von `LINEINITIALIZEEXPARAMS` übergeben. Die ersten drei Werte wählen einen Zustellmechanismus; `CALLHUBTRACKING` ist ein eigenes höherwertiges Bit, das die API mit einem von ihnen kombinieren lässt."
))]
pub enum LineInitializeExOption {
    /// TAPI creates a hidden window in the application and calls the application's callback
    /// function through it, as with the older `lineInitialize`. Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI crée une fenêtre masquée dans l’application et appelle par son intermédiaire la fonction de rappel de l’application, comme avec l’ancienne `lineInitialize`. Nécessite TAPI 2.0 ou une version ultérieure.",
        de = "TAPI erstellt in der Anwendung ein verborgenes Fenster und ruft darüber die Callback-Funktion der Anwendung auf, wie beim älteren `lineInitialize`. Erfordert TAPI 2.0 oder höher."
    ))]
    #[tapi(selector)]
    UseHiddenWindow = 0x0000_0001,
    /// TAPI signals an event handle that it returns to the application, which then fetches
    /// messages with `lineGetMessage`. Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI signale un handle d’événement qu’il remet à l’application, laquelle récupère ensuite les messages avec `lineGetMessage`. Nécessite TAPI 2.0 ou une version ultérieure.",
        de = "TAPI signalisiert ein Ereignishandle, das es der Anwendung zurückgibt; die Anwendung holt die Nachrichten dann mit `lineGetMessage` ab. Erfordert TAPI 2.0 oder höher."
    ))]
    #[tapi(selector)]
    UseEvent = 0x0000_0002,
    /// TAPI posts each message to an I/O completion port supplied by the application, tagged with
    /// the application's completion key. Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI dépose chaque message dans un port de terminaison d’E/S fourni par l’application, accompagné de la clé de terminaison choisie par celle-ci. Nécessite TAPI 2.0 ou une version ultérieure.",
        de = "TAPI stellt jede Nachricht über einen von der Anwendung bereitgestellten E/A-Abschlussport zu, versehen mit dem Abschlussschlüssel der Anwendung. Erfordert TAPI 2.0 oder höher."
    ))]
    #[tapi(selector)]
    UseCompletionPort = 0x0000_0003,
    /// The application also wants call hub tracking events. Available only when TAPI 3.0 or later
    /// is negotiated.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "L’application souhaite en outre recevoir les événements de suivi des concentrateurs d’appels. Disponible uniquement si TAPI 3.0 ou une version ultérieure est négociée.",
        de = "Die Anwendung möchte zusätzlich Ereignisse der Anrufhub-Verfolgung erhalten. Nur verfügbar, wenn TAPI 3.0 oder höher ausgehandelt wurde."
    ))]
    CallHubTracking = 0x8000_0000,
}

/// Chooses how TAPI delivers phone event notifications to an application.
///
/// Set in the `dwOptions` member of `PHONEINITIALIZEEXPARAMS`, which is passed to
/// `phoneInitializeEx`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEINITIALIZEEXOPTION_",
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Choisit la façon dont TAPI remet à l’application les notifications d’événements téléphoniques.\n\nIndiqué dans le membre `dwOptions` de `PHONEINITIALIZEEXPARAMS`, transmis à `phoneInitializeEx`.",
    de = "Legt fest, wie TAPI einer Anwendung Benachrichtigungen über Ereignisse von Telefongeräten zustellt.\n\nWird im Feld `dwOptions` von `PHONEINITIALIZEEXPARAMS` gesetzt; diese Struktur wird an `phoneInitializeEx` übergeben."
))]
pub enum PhoneInitializeExOption {
    /// TAPI creates a hidden window and calls the application's callback function from it, as with the older `phoneInitialize`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI crée une fenêtre masquée depuis laquelle il appelle la fonction de rappel de l’application, comme avec l’ancienne fonction `phoneInitialize`.",
        de = "TAPI erstellt ein verborgenes Fenster und ruft von dort aus die Callback-Funktion der Anwendung auf, wie bei der älteren Funktion `phoneInitialize`."
    ))]
    UseHiddenWindow = 0x0000_0001,
    /// TAPI signals an event handle when messages are waiting; the application then fetches them with `phoneGetMessage`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI signale un handle d’événement quand des messages sont en attente ; l’application les récupère alors avec `phoneGetMessage`.",
        de = "TAPI signalisiert ein Ereignishandle, sobald Nachrichten vorliegen; die Anwendung holt sie dann mit `phoneGetMessage` ab."
    ))]
    UseEvent = 0x0000_0002,
    /// TAPI posts each message to an I/O completion port supplied by the application.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI dépose chaque message dans un port de terminaison d’E/S fourni par l’application.",
        de = "TAPI stellt jede Nachricht über einen von der Anwendung bereitgestellten E/A-Abschlussport zu."
    ))]
    UseCompletionPort = 0x0000_0003,
}
