//! The dispatch-ID masks of the TAPI 3 COM objects (`Tapi3if.h`, `REND.h`):
//! `INTERFACEMASK`, `DISPIDMASK` and the `IDISP*` interface selectors. They
//! share no prefix and several share a value, so no family holds them;
//! [`DISPATCH_MASKS`] describes them in one table, as
//! [`STANDALONE`](super::STANDALONE) does the `tapi.h` ones, and
//! [`lookup`](crate::lookup) finds them.

super::standalone::standalone! {
    static DISPATCH_MASKS;
    header "Tapi3if.h";
    group {
        en: "Dispatch-ID masks of the TAPI 3 COM objects (`Tapi3if.h`, `REND.h`). A dispatch ID is an interface selector (the bits of `INTERFACEMASK`) ORed with a member number (the bits of `DISPIDMASK`), so that one `IDispatch` serves every interface of an object; each `IDISP*` value selects one interface.",
        fr: "Masques d’identifiants de répartition des objets COM de TAPI 3 (`Tapi3if.h`, `REND.h`). Un identifiant de répartition combine par OU un sélecteur d’interface (les bits de `INTERFACEMASK`) et un numéro de membre (les bits de `DISPIDMASK`), afin qu’un seul `IDispatch` serve toutes les interfaces d’un objet ; chaque valeur `IDISP*` choisit une interface.",
        de: "Dispatch-ID-Masken der COM-Objekte von TAPI 3 (`Tapi3if.h`, `REND.h`). Eine Dispatch-ID verknüpft einen Schnittstellenselektor (die Bits von `INTERFACEMASK`) per ODER mit einer Mitgliedsnummer (den Bits von `DISPIDMASK`), sodass ein einziges `IDispatch` alle Schnittstellen eines Objekts bedient; jeder Wert `IDISP*` wählt eine Schnittstelle."
    }


    const INTERFACEMASK: u32 = 0x00FF_0000;
    en: "Mask of the interface selector in a TAPI 3 dispatch ID; the `IDISP*` constants are values of this field.",
    fr: "Masque du sélecteur d’interface dans un identifiant de répartition de TAPI 3 ; les constantes `IDISP*` sont des valeurs de ce champ.",
    de: "Maske des Schnittstellenselektors in einer TAPI-3-Dispatch-ID; die Konstanten `IDISP*` sind Werte dieses Felds.";

    const DISPIDMASK: u32 = 0x0000_FFFF;
    en: "Mask of the member number in a TAPI 3 dispatch ID, that is the method or property within its interface.",
    fr: "Masque du numéro de membre dans un identifiant de répartition de TAPI 3, c’est-à-dire la méthode ou la propriété au sein de son interface.",
    de: "Maske der Mitgliedsnummer in einer TAPI-3-Dispatch-ID, also der Methode oder Eigenschaft innerhalb ihrer Schnittstelle.";

    const IDISPTAPI: u32 = 0x0001_0000;
    en: "Interface selector of `ITTAPI` in the dispatch IDs of the TAPI object.",
    fr: "Sélecteur d’interface de `ITTAPI` dans les identifiants de répartition de l’objet TAPI.",
    de: "Schnittstellenselektor von `ITTAPI` in den Dispatch-IDs des TAPI-Objekts.";

    const IDISPTAPICALLCENTER: u32 = 0x0002_0000;
    en: "Interface selector of `ITTAPICallCenter` in the dispatch IDs of the TAPI object.",
    fr: "Sélecteur d’interface de `ITTAPICallCenter` dans les identifiants de répartition de l’objet TAPI.",
    de: "Schnittstellenselektor von `ITTAPICallCenter` in den Dispatch-IDs des TAPI-Objekts.";

    const IDISPCALLINFO: u32 = 0x0001_0000;
    en: "Interface selector of `ITCallInfo` in the dispatch IDs of the call object.",
    fr: "Sélecteur d’interface de `ITCallInfo` dans les identifiants de répartition de l’objet appel.",
    de: "Schnittstellenselektor von `ITCallInfo` in den Dispatch-IDs des Anrufobjekts.";

    const IDISPBASICCALLCONTROL: u32 = 0x0002_0000;
    en: "Interface selector of `ITBasicCallControl` in the dispatch IDs of the call object.",
    fr: "Sélecteur d’interface de `ITBasicCallControl` dans les identifiants de répartition de l’objet appel.",
    de: "Schnittstellenselektor von `ITBasicCallControl` in den Dispatch-IDs des Anrufobjekts.";

    const IDISPLEGACYCALLMEDIACONTROL: u32 = 0x0003_0000;
    en: "Interface selector of `ITLegacyCallMediaControl` in the dispatch IDs of the call object.",
    fr: "Sélecteur d’interface de `ITLegacyCallMediaControl` dans les identifiants de répartition de l’objet appel.",
    de: "Schnittstellenselektor von `ITLegacyCallMediaControl` in den Dispatch-IDs des Anrufobjekts.";

    const IDISPAGGREGATEDMSPCALLOBJ: u32 = 0x0004_0000;
    en: "Interface selector of the interfaces that the MSP aggregates into the call object.",
    fr: "Sélecteur d’interface des interfaces que le MSP agrège à l’objet appel.",
    de: "Schnittstellenselektor der Schnittstellen, die der MSP in das Anrufobjekt aggregiert.";

    const IDISPADDRESS: u32 = 0x0001_0000;
    en: "Interface selector of `ITAddress` in the dispatch IDs of the address object.",
    fr: "Sélecteur d’interface de `ITAddress` dans les identifiants de répartition de l’objet adresse.",
    de: "Schnittstellenselektor von `ITAddress` in den Dispatch-IDs des Adressobjekts.";

    const IDISPADDRESSCAPABILITIES: u32 = 0x0002_0000;
    en: "Interface selector of `ITAddressCapabilities` in the dispatch IDs of the address object.",
    fr: "Sélecteur d’interface de `ITAddressCapabilities` dans les identifiants de répartition de l’objet adresse.",
    de: "Schnittstellenselektor von `ITAddressCapabilities` in den Dispatch-IDs des Adressobjekts.";

    const IDISPMEDIASUPPORT: u32 = 0x0003_0000;
    en: "Interface selector of `ITMediaSupport` in the dispatch IDs of the address object.",
    fr: "Sélecteur d’interface de `ITMediaSupport` dans les identifiants de répartition de l’objet adresse.",
    de: "Schnittstellenselektor von `ITMediaSupport` in den Dispatch-IDs des Adressobjekts.";

    const IDISPADDRESSTRANSLATION: u32 = 0x0004_0000;
    en: "Interface selector of `ITAddressTranslation` in the dispatch IDs of the address object.",
    fr: "Sélecteur d’interface de `ITAddressTranslation` dans les identifiants de répartition de l’objet adresse.",
    de: "Schnittstellenselektor von `ITAddressTranslation` in den Dispatch-IDs des Adressobjekts.";

    const IDISPLEGACYADDRESSMEDIACONTROL: u32 = 0x0005_0000;
    en: "Interface selector of `ITLegacyAddressMediaControl` in the dispatch IDs of the address object.",
    fr: "Sélecteur d’interface de `ITLegacyAddressMediaControl` dans les identifiants de répartition de l’objet adresse.",
    de: "Schnittstellenselektor von `ITLegacyAddressMediaControl` in den Dispatch-IDs des Adressobjekts.";

    const IDISPAGGREGATEDMSPADDRESSOBJ: u32 = 0x0006_0000;
    en: "Interface selector of the interfaces that the MSP aggregates into the address object.",
    fr: "Sélecteur d’interface des interfaces que le MSP agrège à l’objet adresse.",
    de: "Schnittstellenselektor der Schnittstellen, die der MSP in das Adressobjekt aggregiert.";

    const IDISPPHONE: u32 = 0x0001_0000;
    en: "Interface selector of `ITPhone` in the dispatch IDs of the phone object (TAPI 3.1).",
    fr: "Sélecteur d’interface de `ITPhone` dans les identifiants de répartition de l’objet poste téléphonique (TAPI 3.1).",
    de: "Schnittstellenselektor von `ITPhone` in den Dispatch-IDs des Telefonobjekts (TAPI 3.1).";

    const IDISPAPC: u32 = 0x0002_0000;
    en: "Interface selector of `ITAutomatedPhoneControl` in the dispatch IDs of the phone object (TAPI 3.1).",
    fr: "Sélecteur d’interface de `ITAutomatedPhoneControl` dans les identifiants de répartition de l’objet poste téléphonique (TAPI 3.1).",
    de: "Schnittstellenselektor von `ITAutomatedPhoneControl` in den Dispatch-IDs des Telefonobjekts (TAPI 3.1).";

    const IDISPMULTITRACK: u32 = 0x0001_0000;
    en: "Interface selector of `ITMultiTrackTerminal` in the dispatch IDs of a multitrack terminal (TAPI 3.1).",
    fr: "Sélecteur d’interface de `ITMultiTrackTerminal` dans les identifiants de répartition d’un terminal multipiste (TAPI 3.1).",
    de: "Schnittstellenselektor von `ITMultiTrackTerminal` in den Dispatch-IDs eines Mehrspurterminals (TAPI 3.1).";

    const IDISPMEDIACONTROL: u32 = 0x0002_0000;
    en: "Interface selector of `ITMediaControl` in the dispatch IDs of a multitrack terminal (TAPI 3.1).",
    fr: "Sélecteur d’interface de `ITMediaControl` dans les identifiants de répartition d’un terminal multipiste (TAPI 3.1).",
    de: "Schnittstellenselektor von `ITMediaControl` in den Dispatch-IDs eines Mehrspurterminals (TAPI 3.1).";

    const IDISPMEDIARECORD: u32 = 0x0003_0000;
    en: "Interface selector of `ITMediaRecord` in the dispatch IDs of a multitrack terminal (TAPI 3.1).",
    fr: "Sélecteur d’interface de `ITMediaRecord` dans les identifiants de répartition d’un terminal multipiste (TAPI 3.1).",
    de: "Schnittstellenselektor von `ITMediaRecord` in den Dispatch-IDs eines Mehrspurterminals (TAPI 3.1).";

    const IDISPMEDIAPLAYBACK: u32 = 0x0004_0000;
    en: "Interface selector of `ITMediaPlayback` in the dispatch IDs of a multitrack terminal (TAPI 3.1).",
    fr: "Sélecteur d’interface de `ITMediaPlayback` dans les identifiants de répartition d’un terminal multipiste (TAPI 3.1).",
    de: "Schnittstellenselektor von `ITMediaPlayback` in den Dispatch-IDs eines Mehrspurterminals (TAPI 3.1).";

    const IDISPFILETRACK: u32 = 0x0001_0000;
    en: "Interface selector of `ITFileTrack` in the dispatch IDs of a track of a file terminal (TAPI 3.1).",
    fr: "Sélecteur d’interface de `ITFileTrack` dans les identifiants de répartition d’une piste d’un terminal de fichier (TAPI 3.1).",
    de: "Schnittstellenselektor von `ITFileTrack` in den Dispatch-IDs einer Spur eines Dateiterminals (TAPI 3.1).";

    const IDISPDIRECTORY: u32 = 0x0001_0000;
    en: "Interface selector of `ITDirectory` in the dispatch IDs of the directory object.",
    fr: "Sélecteur d’interface de `ITDirectory` dans les identifiants de répartition de l’objet annuaire.",
    de: "Schnittstellenselektor von `ITDirectory` in den Dispatch-IDs des Verzeichnisobjekts.";

    const IDISPILSCONFIG: u32 = 0x0002_0000;
    en: "Interface selector of `ITILSConfig` in the dispatch IDs of the directory object.",
    fr: "Sélecteur d’interface de `ITILSConfig` dans les identifiants de répartition de l’objet annuaire.",
    de: "Schnittstellenselektor von `ITILSConfig` in den Dispatch-IDs des Verzeichnisobjekts.";

    const IDISPDIROBJECT: u32 = 0x0001_0000;
    en: "Interface selector of `ITDirectoryObject` in the dispatch IDs of a directory object.",
    fr: "Sélecteur d’interface de `ITDirectoryObject` dans les identifiants de répartition d’un objet d’annuaire.",
    de: "Schnittstellenselektor von `ITDirectoryObject` in den Dispatch-IDs eines Verzeichnisobjekts.";

    const IDISPDIROBJCONFERENCE: u32 = 0x0002_0000;
    en: "Interface selector of `ITDirectoryObjectConference` in the dispatch IDs of a conference directory object.",
    fr: "Sélecteur d’interface de `ITDirectoryObjectConference` dans les identifiants de répartition d’un objet d’annuaire de conférence.",
    de: "Schnittstellenselektor von `ITDirectoryObjectConference` in den Dispatch-IDs eines Konferenz-Verzeichnisobjekts.";

    const IDISPDIROBJUSER: u32 = 0x0003_0000;
    en: "Interface selector of `ITDirectoryObjectUser` in the dispatch IDs of a user directory object.",
    fr: "Sélecteur d’interface de `ITDirectoryObjectUser` dans les identifiants de répartition d’un objet d’annuaire d’utilisateur.",
    de: "Schnittstellenselektor von `ITDirectoryObjectUser` in den Dispatch-IDs eines Benutzer-Verzeichnisobjekts.";
}
