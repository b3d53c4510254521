// @generated from tapi-consts/families/messages.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Callback message numbers (`LINE_`, `PHONE_`); [`Message`](crate::families::Message) reads either one by its number.
/// Numbers of the messages TAPI delivers about line devices, addresses and calls.
///
/// The value arrives as the `dwMessage` argument of the application's line callback
/// (`LINECALLBACK`), or as `dwMessageID` of a `LINEMESSAGE` returned by `lineGetMessage`.
/// The meaning of `hDevice`, `dwParam1`, `dwParam2` and `dwParam3` depends on the message.
/// `LINE_` and `PHONE_` numbers come from one shared sequence, so neither family is contiguous.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum Line {
    /// Reports that the status of an address on an open line has changed: `dwParam1` is the
    /// address identifier and `dwParam2` holds the `LINEADDRESSSTATE_` flags of the items that
    /// changed. Only changes enabled with `lineSetStatusMessages` are reported.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_ADDRESSSTATE` = `0x00000000`")]
    AddressState = 0,
    /// Reports that some fields of a call's `LINECALLINFO` structure have changed: `hDevice` is
    /// the call handle and `dwParam1` holds the `LINECALLINFOSTATE_` flags naming those fields.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_CALLINFO` = `0x00000001`")]
    CallInfo = 1,
    /// Reports that a call has entered a new state: `dwParam1` is the `LINECALLSTATE_` value,
    /// `dwParam2` a state-dependent detail (busy mode, disconnect mode, and so on), and
    /// `dwParam3` the application's privilege when the message announces a call new to it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_CALLSTATE` = `0x00000002`")]
    CallState = 2,
    /// Reports that a line device the application had open has been closed without its request,
    /// for instance because the device was reconfigured or removed; the line handle and the
    /// call handles on it are no longer valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_CLOSE` = `0x00000003`")]
    Close = 3,
    /// Carries a device-specific event on a line, address or call; the service provider defines
    /// what the parameters mean. It is the notification side of `lineDevSpecific`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_DEVSPECIFIC` = `0x00000004`")]
    DevSpecific = 4,
    /// Carries a device-specific event related to the switch features driven through
    /// `lineDevSpecificFeature`; the parameters are defined by the service provider.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_DEVSPECIFICFEATURE` = `0x00000005`")]
    DevSpecificFeature = 5,
    /// Reports that a digit-gathering request started with `lineGatherDigits` has ended:
    /// `dwParam1` gives the reason as a `LINEGATHERTERM_` value, and the collected digits are in
    /// the buffer the application supplied.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_GATHERDIGITS` = `0x00000006`")]
    GatherDigits = 6,
    /// Reports that digit or tone generation started with `lineGenerateDigits` or
    /// `lineGenerateTone` has finished or been cut short; `dwParam1` holds a `LINEGENERATETERM_`
    /// value giving the reason.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_GENERATE` = `0x00000007`")]
    Generate = 7,
    /// Reports a change in the state of the line device itself (ringing, going in or out of
    /// service, a need to reinitialise, and so on); `dwParam1` holds `LINEDEVSTATE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_LINEDEVSTATE` = `0x00000008`")]
    LineDevState = 8,
    /// Reports a single digit detected on a call monitored with `lineMonitorDigits`: the low
    /// byte of `dwParam1` is the digit and `dwParam2` the `LINEDIGITMODE_` in which it was heard.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_MONITORDIGITS` = `0x00000009`")]
    MonitorDigits = 9,
    /// Reports that a change of media mode was detected on a call monitored with
    /// `lineMonitorMedia`; `dwParam1` holds the newly detected `LINEMEDIAMODE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_MONITORMEDIA` = `0x0000000A`")]
    MonitorMedia = 10,
    /// Reports that one of the tones requested with `lineMonitorTones` has been detected on the
    /// call; `dwParam1` is the identifier the application gave that tone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_MONITORTONE` = `0x0000000B`")]
    MonitorTone = 11,
    /// Reports the completion of an asynchronous line function: `dwParam1` is the request
    /// identifier the function returned and `dwParam2` its result, zero on success or a
    /// `LINEERR_` code.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_REPLY` = `0x0000000C`")]
    Reply = 12,
    /// Tells an application registered as an Assisted Telephony request recipient that a request
    /// from another application is waiting; `dwParam1` is its `LINEREQUESTMODE_`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_REQUEST` = `0x0000000D`")]
    Request = 13,
    /// Reports that a new line device has appeared in the system (after a Plug and Play
    /// installation, for example); `dwParam1` is its device identifier.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_CREATE` = `0x00000013`")]
    Create = 19,
    /// Reports a change in an item specific to the ACD agent handler, reached through the
    /// `lineAgentSpecific` extension; `dwParam1` selects the handler extension and `dwParam2`
    /// is defined by that handler.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_AGENTSPECIFIC` = `0x00000015`")]
    AgentSpecific = 21,
    /// Reports that the status of the ACD agent on an address of an open line has changed:
    /// `dwParam1` is the address identifier, `dwParam2` holds `LINEAGENTSTATUS_` flags, and
    /// `dwParam3` the new `LINEAGENTSTATE_` value when the state itself changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_AGENTSTATUS` = `0x00000016`")]
    AgentStatus = 22,
    /// Tells the application that a call handle was created for it without a call of its own,
    /// for example for an incoming or newly monitored call: `dwParam1` is the address
    /// identifier, `dwParam2` the new call handle and `dwParam3` the privilege granted on it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_APPNEWCALL` = `0x00000017`")]
    AppNewCall = 23,
    /// Hands a registered proxy application (such as an ACD agent handler) a request that
    /// another application made through TAPI; `dwParam1` points to a `LINEPROXYREQUEST`
    /// structure, answered with `lineProxyResponse`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_PROXYREQUEST` = `0x00000018`")]
    ProxyRequest = 24,
    /// Reports that a line device has been removed from the system; its identifier, given in
    /// `dwParam1`, must no longer be used.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_REMOVE` = `0x00000019`")]
    Remove = 25,
    /// Reports a change in an ACD agent session on an agent handler whose line the application
    /// has open: `dwParam1` is the session handle, `dwParam2` holds `LINEAGENTSESSIONSTATUS_`
    /// flags and `dwParam3` the new `LINEAGENTSESSIONSTATE_` value when the state changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_AGENTSESSIONSTATUS` = `0x0000001B`")]
    AgentSessionStatus = 27,
    /// Reports a change concerning an ACD queue on an agent handler whose line the application
    /// has open: `dwParam1` is the queue identifier and `dwParam2` holds `LINEQUEUESTATUS_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_QUEUESTATUS` = `0x0000001C`")]
    QueueStatus = 28,
    /// Reports a change in the status of an ACD agent in the TAPI 2.2 agent model: `dwParam1`
    /// is the agent handle, `dwParam2` holds `LINEAGENTSTATUSEX_` flags and `dwParam3` the new
    /// `LINEAGENTSTATEEX_` value when the state changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_AGENTSTATUSEX` = `0x0000001D`")]
    AgentStatusEx = 29,
    /// Reports that the set of ACD groups offered by an agent handler has changed; `dwParam2`
    /// holds `LINEGROUPSTATUS_` flags and `lineGetGroupList` returns the current list.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_GROUPSTATUS` = `0x0000001E`")]
    GroupStatus = 30,
    /// Reports a change in the proxies registered on an open line; TAPI generates it when a
    /// proxy opens or closes the line. `dwParam1` holds `LINEPROXYSTATUS_` flags and `dwParam2`
    /// the `LINEPROXYREQUEST_` type concerned.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_PROXYSTATUS` = `0x0000001F`")]
    ProxyStatus = 31,
    /// Reports that TAPI has created a new call hub; `dwParam1` gives the hub's tracking level as
    /// a `LINECALLHUBTRACKING_` value. The message comes from TAPI itself, not from a service
    /// provider.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_APPNEWCALLHUB` = `0x00000020`")]
    AppNewCallHub = 32,
    /// Reports that a call hub has been closed, so its handle must no longer be used. The message
    /// comes from TAPI itself, not from a service provider.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_CALLHUBCLOSE` = `0x00000021`")]
    CallHubClose = 33,
    /// TAPI 2.2 form of the device-specific notification: carries a provider-defined event on a
    /// line, address or call, in connection with `lineDevSpecific`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_DEVSPECIFICEX` = `0x00000022`")]
    DevSpecificEx = 34,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Numbers of the messages TAPI delivers about line devices, addresses and calls.\n\nThe value arrives as the `dwMessage` argument of the application's line callback (`LINECALLBACK`), or as `dwMessageID` of a `LINEMESSAGE` returned by `lineGetMessage`. The meaning of `hDevice`, `dwParam1`, `dwParam2` and `dwParam3` depends on the message. `LINE_` and `PHONE_` numbers come from one shared sequence, so neither family is contiguous.Reports that the status of an address on an open line has changed: `dwParam1` is the address identifier and `dwParam2` holds the `LINEADDRESSSTATE_` flags of the items that changed. Only changes enabled with `lineSetStatusMessages` are reported.Reports that some fields of a call's `LINECALLINFO` structure have changed: `hDevice` is the call handle and `dwParam1` holds the `LINECALLINFOSTATE_` flags naming those fields.Reports that a call has entered a new state: `dwParam1` is the `LINECALLSTATE_` value, `dwParam2` a state-dependent detail (busy mode, disconnect mode, and so on), and `dwParam3` the application's privilege when the message announces a call new to it.Reports that a line device the application had open has been closed without its request, for instance because the device was reconfigured or removed; the line handle and the call handles on it are no longer valid.Carries a device-specific event on a line, address or call; the service provider defines what the parameters mean. It is the notification side of `lineDevSpecific`.Carries a device-specific event related to the switch features driven through `lineDevSpecificFeature`; the parameters are defined by the service provider.Reports that a digit-gathering request started with `lineGatherDigits` has ended: `dwParam1` gives the reason as a `LINEGATHERTERM_` value, and the collected digits are in the buffer the application supplied.Reports that digit or tone generation started with `lineGenerateDigits` or `lineGenerateTone` has finished or been cut short; `dwParam1` holds a `LINEGENERATETERM_` value giving the reason.Reports a change in the state of the line device itself (ringing, going in or out of service, a need to reinitialise, and so on); `dwParam1` holds `LINEDEVSTATE_` flags.Reports a single digit detected on a call monitored with `lineMonitorDigits`: the low byte of `dwParam1` is the digit and `dwParam2` the `LINEDIGITMODE_` in which it was heard.Reports that a change of media mode was detected on a call monitored with `lineMonitorMedia`; `dwParam1` holds the newly detected `LINEMEDIAMODE_` value.Reports that one of the tones requested with `lineMonitorTones` has been detected on the call; `dwParam1` is the identifier the application gave that tone.Reports the completion of an asynchronous line function: `dwParam1` is the request identifier the function returned and `dwParam2` its result, zero on success or a `LINEERR_` code.Tells an application registered as an Assisted Telephony request recipient that a request from another application is waiting; `dwParam1` is its `LINEREQUESTMODE_`.Reports that a new line device has appeared in the system (after a Plug and Play installation, for example); `dwParam1` is its device identifier.Reports a change in an item specific to the ACD agent handler, reached through the `lineAgentSpecific` extension; `dwParam1` selects the handler extension and `dwParam2` is defined by that handler.Reports that the status of the ACD agent on an address of an open line has changed: `dwParam1` is the address identifier, `dwParam2` holds `LINEAGENTSTATUS_` flags, and `dwParam3` the new `LINEAGENTSTATE_` value when the state itself changed.Tells the application that a call handle was created for it without a call of its own, for example for an incoming or newly monitored call: `dwParam1` is the address identifier, `dwParam2` the new call handle and `dwParam3` the privilege granted on it.Hands a registered proxy application (such as an ACD agent handler) a request that another application made through TAPI; `dwParam1` points to a `LINEPROXYREQUEST` structure, answered with `lineProxyResponse`.Reports that a line device has been removed from the system; its identifier, given in `dwParam1`, must no longer be used.Reports a change in an ACD agent session on an agent handler whose line the application has open: `dwParam1` is the session handle, `dwParam2` holds `LINEAGENTSESSIONSTATUS_` flags and `dwParam3` the new `LINEAGENTSESSIONSTATE_` value when the state changed.Reports a change concerning an ACD queue on an agent handler whose line the application has open: `dwParam1` is the queue identifier and `dwParam2` holds `LINEQUEUESTATUS_` flags.Reports a change in the status of an ACD agent in the TAPI 2.2 agent model: `dwParam1` is the agent handle, `dwParam2` holds `LINEAGENTSTATUSEX_` flags and `dwParam3` the new `LINEAGENTSTATEEX_` value when the state changed.Reports that the set of ACD groups offered by an agent handler has changed; `dwParam2` holds `LINEGROUPSTATUS_` flags and `lineGetGroupList` returns the current list.Reports a change in the proxies registered on an open line; TAPI generates it when a proxy opens or closes the line. `dwParam1` holds `LINEPROXYSTATUS_` flags and `dwParam2` the `LINEPROXYREQUEST_` type concerned.Reports that TAPI has created a new call hub; `dwParam1` gives the hub's tracking level as a `LINECALLHUBTRACKING_` value. The message comes from TAPI itself, not from a service provider.Reports that a call hub has been closed, so its handle must no longer be used. The message comes from TAPI itself, not from a service provider.TAPI 2.2 form of the device-specific notification: carries a provider-defined event on a line, address or call, in connection with `lineDevSpecific`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Nummern der Nachrichten, die TAPI zu Leitungsgeräten, Adressen und Anrufen zustellt. Der Wert kommt als Argument `dwMessage` der Leitungs-Callback-Funktion der Anwendung (`LINECALLBACK`) an oder als `dwMessageID` einer `LINEMESSAGE`, die `lineGetMessage` zurückgibt. Die Bedeutung von `hDevice`, `dwParam1`, `dwParam2` und `dwParam3` hängt von der Nachricht ab. Die Nummern von `LINE_` und `PHONE_` stammen aus einer gemeinsamen Folge, daher ist keine der beiden Familien lückenlos.Meldet, dass sich der Status einer Adresse auf einer geöffneten Leitung geändert hat: `dwParam1` ist die Kennung der Adresse, und `dwParam2` enthält die `LINEADDRESSSTATE_`-Bits der geänderten Angaben. Gemeldet werden nur Änderungen, die mit `lineSetStatusMessages` aktiviert wurden.Meldet, dass sich Felder der Struktur `LINECALLINFO` eines Anrufs geändert haben: `hDevice` ist das Anrufhandle, und `dwParam1` enthält die `LINECALLINFOSTATE_`-Bits, die diese Felder bezeichnen.Meldet, dass ein Anruf in einen neuen Anrufzustand übergegangen ist: `dwParam1` ist der `LINECALLSTATE_`-Wert, `dwParam2` eine vom Zustand abhängige Angabe (Besetztzeichen, Trennungsgrund usw.) und `dwParam3` die Berechtigung der Anwendung, wenn die Nachricht ihr einen für sie neuen Anruf ankündigt.Meldet, dass ein Leitungsgerät, das die Anwendung geöffnet hatte, geschlossen wurde, ohne dass sie es angefordert hat, etwa weil das Gerät neu konfiguriert oder entfernt wurde; das Leitungshandle und die Handles der Anrufe darauf sind nicht mehr gültig.Überbringt ein gerätespezifisches Ereignis zu einer Leitung, einer Adresse oder einem Anruf; die Bedeutung der Parameter legt der Dienstanbieter fest. Die Nachricht ist das Gegenstück von `lineDevSpecific` auf der Seite der Benachrichtigungen.Überbringt ein gerätespezifisches Ereignis zu den Leistungsmerkmalen der Vermittlung, die über `lineDevSpecificFeature` gesteuert werden; die Parameter legt der Dienstanbieter fest.Meldet, dass eine mit `lineGatherDigits` gestartete Ziffernerfassung beendet ist: `dwParam1` gibt den Grund als `LINEGATHERTERM_`-Wert an, und die erfassten Ziffern stehen in dem Puffer, den die Anwendung bereitgestellt hat.Meldet, dass die mit `lineGenerateDigits` oder `lineGenerateTone` gestartete Erzeugung von Ziffern oder Tönen abgeschlossen ist oder vorzeitig abgebrochen wurde; `dwParam1` enthält einen `LINEGENERATETERM_`-Wert, der den Grund angibt.Meldet eine Änderung des Zustands des Leitungsgeräts selbst (Klingeln, Wechsel in den oder aus dem Betrieb, notwendige Neuinitialisierung usw.); `dwParam1` enthält `LINEDEVSTATE_`-Bits.Meldet eine einzelne Ziffer, die auf einem mit `lineMonitorDigits` überwachten Anruf erkannt wurde: Das untere Byte von `dwParam1` ist die Ziffer, `dwParam2` das Wahlverfahren (`LINEDIGITMODE_`), in dem sie erkannt wurde.Meldet, dass auf einem mit `lineMonitorMedia` überwachten Anruf ein Wechsel des Medienmodus erkannt wurde; `dwParam1` enthält den neu erkannten `LINEMEDIAMODE_`-Wert.Meldet, dass einer der mit `lineMonitorTones` angeforderten Töne auf dem Anruf erkannt wurde; `dwParam1` ist die Kennung, die die Anwendung diesem Ton gegeben hat.Meldet den Abschluss einer asynchronen Leitungsfunktion: `dwParam1` ist die Anforderungskennung, die die Funktion zurückgegeben hat, und `dwParam2` ihr Ergebnis, 0 bei Erfolg oder ein `LINEERR_`-Code.Teilt einer Anwendung, die als Empfänger von Anforderungen der unterstützten Telefonie (Assisted Telephony) registriert ist, mit, dass eine Anforderung einer anderen Anwendung wartet; `dwParam1` ist deren Anforderungsmodus (`LINEREQUESTMODE_`).Meldet, dass im System ein neues Leitungsgerät hinzugekommen ist (etwa nach einer Plug-and-Play-Installation); `dwParam1` ist seine Gerätekennung.Meldet eine Änderung an einem Element, das für den ACD-Agentenhandler spezifisch ist und über die Erweiterung `lineAgentSpecific` erreicht wird; `dwParam1` wählt die Handlererweiterung aus, und `dwParam2` wird von diesem Handler festgelegt.Meldet, dass sich der Status des ACD-Agenten auf einer Adresse einer geöffneten Leitung geändert hat: `dwParam1` ist die Kennung der Adresse, `dwParam2` enthält `LINEAGENTSTATUS_`-Bits und `dwParam3` den neuen `LINEAGENTSTATE_`-Wert, wenn sich der Zustand selbst geändert hat.Teilt der Anwendung mit, dass für sie ein Anrufhandle angelegt wurde, ohne dass sie selbst einen Anruf aufgebaut hat, etwa für einen eingehenden oder neu überwachten Anruf: `dwParam1` ist die Kennung der Adresse, `dwParam2` das neue Anrufhandle und `dwParam3` die Berechtigung, die ihr darauf erteilt wurde.Stellt einer registrierten Proxy-Anwendung (etwa einem ACD-Agentenhandler) eine Anforderung zu, die eine andere Anwendung über TAPI gestellt hat; `dwParam1` zeigt auf eine Struktur `LINEPROXYREQUEST`, die mit `lineProxyResponse` beantwortet wird.Meldet, dass ein Leitungsgerät aus dem System entfernt wurde; seine Gerätekennung, in `dwParam1` angegeben, darf nicht mehr verwendet werden.Meldet eine Änderung an einer ACD-Agentensitzung auf einem Agentenhandler, dessen Leitung die Anwendung geöffnet hat: `dwParam1` ist das Handle der Sitzung, `dwParam2` enthält `LINEAGENTSESSIONSTATUS_`-Bits und `dwParam3` den neuen `LINEAGENTSESSIONSTATE_`-Wert, wenn sich der Zustand geändert hat.Meldet eine Änderung an einer ACD-Warteschlange auf einem Agentenhandler, dessen Leitung die Anwendung geöffnet hat: `dwParam1` ist die Kennung der Warteschlange, und `dwParam2` enthält `LINEQUEUESTATUS_`-Bits.Meldet eine Änderung des Status eines ACD-Agenten im Agentenmodell von TAPI 2.2: `dwParam1` ist das Handle des Agenten, `dwParam2` enthält `LINEAGENTSTATUSEX_`-Bits und `dwParam3` den neuen `LINEAGENTSTATEEX_`-Wert, wenn sich der Zustand geändert hat.Meldet, dass sich die Menge der von einem Agentenhandler angebotenen ACD-Gruppen geändert hat; `dwParam2` enthält `LINEGROUPSTATUS_`-Bits, und `lineGetGroupList` liefert die aktuelle Liste.Meldet eine Änderung bei den Proxys, die auf einer geöffneten Leitung registriert sind; TAPI erzeugt diese Nachricht, wenn ein Proxy die Leitung öffnet oder schließt. `dwParam1` enthält `LINEPROXYSTATUS_`-Bits und `dwParam2` den betroffenen Proxy-Anforderungstyp (`LINEPROXYREQUEST_`).Meldet, dass TAPI einen neuen Anrufhub angelegt hat; `dwParam1` gibt seine Verfolgungsstufe als `LINECALLHUBTRACKING_`-Wert an. Die Nachricht stammt von TAPI selbst, nicht von einem Dienstanbieter.Meldet, dass ein Anrufhub geschlossen wurde; sein Handle darf daher nicht mehr verwendet werden. Die Nachricht stammt von TAPI selbst, nicht von einem Dienstanbieter.Die TAPI-2.2-Form der gerätespezifischen Benachrichtigung: Sie überbringt ein vom Dienstanbieter definiertes Ereignis zu einer Leitung, einer Adresse oder einem Anruf, im Zusammenhang mit `lineDevSpecific`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Numéros des messages que TAPI envoie au sujet des périphériques de ligne, des adresses et des appels. La valeur parvient dans l’argument `dwMessage` de la fonction de rappel (callback) de ligne (`LINECALLBACK`), ou dans le champ `dwMessageID` d’un `LINEMESSAGE` obtenu par `lineGetMessage` ; le sens de `hDevice` et de `dwParam1` à `dwParam3` dépend du message.Signale que l’état d’une adresse d’une ligne ouverte a changé : `dwParam1` est l’identifiant de l’adresse et `dwParam2` contient les indicateurs `LINEADDRESSSTATE_` des éléments modifiés. Seuls les changements activés par `lineSetStatusMessages` sont signalés.Signale que certains champs de la structure `LINECALLINFO` d’un appel ont changé : `hDevice` est le handle d’appel et `dwParam1` contient les indicateurs `LINECALLINFOSTATE_` désignant ces champs.Signale qu’un appel est passé dans un nouvel état : `dwParam1` est la valeur `LINECALLSTATE_`, `dwParam2` une précision propre à cet état (mode d’occupation, mode de déconnexion, etc.) et `dwParam3` le privilège de l’application lorsque le message lui annonce un appel qu’elle ne connaissait pas.Signale qu’un périphérique de ligne ouvert par l’application a été fermé sans qu’elle l’ait demandé, par exemple à la suite d’une reconfiguration ou d’un retrait ; le handle de ligne et les handles d’appel qui en dépendent ne sont plus valides.Transmet un événement propre au périphérique concernant une ligne, une adresse ou un appel ; le fournisseur de services définit le sens des paramètres. C’est le pendant, côté notifications, de `lineDevSpecific`.Transmet un événement propre au périphérique lié aux fonctions du commutateur pilotées par `lineDevSpecificFeature` ; les paramètres sont définis par le fournisseur de services.Signale qu’une collecte de chiffres lancée par `lineGatherDigits` a pris fin : `dwParam1` en donne la raison sous forme de valeur `LINEGATHERTERM_`, et les chiffres recueillis se trouvent dans la mémoire tampon fournie par l’application.Signale que la génération de chiffres ou de tonalités lancée par `lineGenerateDigits` ou `lineGenerateTone` est terminée ou a été interrompue ; `dwParam1` contient une valeur `LINEGENERATETERM_` qui en indique la raison.Signale un changement d’état du périphérique de ligne lui-même (sonnerie, mise en service ou hors service, réinitialisation nécessaire, etc.) ; `dwParam1` contient des indicateurs `LINEDEVSTATE_`.Signale un chiffre détecté sur un appel dont la détection des chiffres a été activée par `lineMonitorDigits` : l’octet de poids faible de `dwParam1` est le chiffre et `dwParam2` le mode `LINEDIGITMODE_` dans lequel il a été reconnu.Signale qu’un changement de mode de média a été détecté sur un appel dont la détection des modes de média a été activée par `lineMonitorMedia` ; `dwParam1` contient la valeur `LINEMEDIAMODE_` nouvellement détectée.Signale que l’une des tonalités demandées par `lineMonitorTones` a été détectée sur l’appel ; `dwParam1` est l’identifiant que l’application avait attribué à cette tonalité.Signale l’achèvement d’une fonction de ligne asynchrone : `dwParam1` est l’identifiant de requête renvoyé par la fonction et `dwParam2` son résultat, zéro en cas de succès ou un code `LINEERR_`.Indique à une application inscrite comme destinataire des requêtes de téléphonie assistée qu’une requête d’une autre application est en attente ; `dwParam1` en précise le mode `LINEREQUESTMODE_`.Signale qu’un nouveau périphérique de ligne est apparu dans le système (après une installation Plug and Play, par exemple) ; `dwParam1` est son identifiant de périphérique.Signale un changement dans un élément propre au gestionnaire d’agents de l’ACD, accessible par l’extension `lineAgentSpecific` ; `dwParam1` désigne l’extension du gestionnaire et `dwParam2` est défini par celui-ci.Signale que l’état de l’agent ACD sur une adresse d’une ligne ouverte a changé : `dwParam1` est l’identifiant de l’adresse, `dwParam2` contient des indicateurs `LINEAGENTSTATUS_` et `dwParam3` la nouvelle valeur `LINEAGENTSTATE_` lorsque l’état lui-même a changé.Indique à l’application qu’un handle d’appel a été créé pour elle sans qu’elle l’ait demandé, par exemple pour un appel entrant ou nouvellement surveillé : `dwParam1` est l’identifiant de l’adresse, `dwParam2` le nouveau handle d’appel et `dwParam3` le privilège accordé sur cet appel.Remet à une application proxy inscrite (un gestionnaire d’agents ACD, par exemple) une requête qu’une autre application a faite par l’intermédiaire de TAPI ; `dwParam1` pointe vers une structure `LINEPROXYREQUEST`, à laquelle le proxy répond par `lineProxyResponse`.Signale qu’un périphérique de ligne a été retiré du système ; son identifiant, fourni dans `dwParam1`, ne doit plus être utilisé.Signale un changement dans une session d’agent ACD sur un gestionnaire d’agents dont l’application a ouvert la ligne : `dwParam1` est le handle de la session, `dwParam2` contient des indicateurs `LINEAGENTSESSIONSTATUS_` et `dwParam3` la nouvelle valeur `LINEAGENTSESSIONSTATE_` lorsque l’état a changé.Signale un changement concernant une file d’attente ACD sur un gestionnaire d’agents dont l’application a ouvert la ligne : `dwParam1` est l’identifiant de la file et `dwParam2` contient des indicateurs `LINEQUEUESTATUS_`.Signale un changement d’état d’un agent ACD dans le modèle d’agents de TAPI 2.2 : `dwParam1` est le handle de l’agent, `dwParam2` contient des indicateurs `LINEAGENTSTATUSEX_` et `dwParam3` la nouvelle valeur `LINEAGENTSTATEEX_` lorsque l’état a changé.Signale que l’ensemble des groupes ACD proposés par un gestionnaire d’agents a changé ; `dwParam2` contient des indicateurs `LINEGROUPSTATUS_` et `lineGetGroupList` renvoie la liste à jour.Signale un changement parmi les proxys inscrits sur une ligne ouverte ; TAPI le produit lorsqu’un proxy ouvre ou ferme la ligne. `dwParam1` contient des indicateurs `LINEPROXYSTATUS_` et `dwParam2` le type `LINEPROXYREQUEST_` concerné.Signale que TAPI a créé un nouveau concentrateur d’appels ; `dwParam1` en indique le niveau de suivi sous forme de valeur `LINECALLHUBTRACKING_`. Le message provient de TAPI lui-même et non d’un fournisseur de services.Signale qu’un concentrateur d’appels a été fermé ; son handle ne doit donc plus être utilisé. Le message provient de TAPI lui-même et non d’un fournisseur de services.Forme TAPI 2.2 de la notification propre au périphérique : transmet un événement défini par le fournisseur de services concernant une ligne, une adresse ou un appel, en lien avec `lineDevSpecific`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "Line",
            prefix: "LINE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::None,
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 63u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINE_ADDRESSSTATE",
                    "LINE_CALLINFO",
                    "LINE_CALLSTATE",
                    "LINE_CLOSE",
                    "LINE_DEVSPECIFIC",
                    "LINE_DEVSPECIFICFEATURE",
                    "LINE_GATHERDIGITS",
                    "LINE_GENERATE",
                    "LINE_LINEDEVSTATE",
                    "LINE_MONITORDIGITS",
                    "LINE_MONITORMEDIA",
                    "LINE_MONITORTONE",
                    "LINE_REPLY",
                    "LINE_REQUEST",
                    "LINE_CREATE",
                    "LINE_AGENTSPECIFIC",
                    "LINE_AGENTSTATUS",
                    "LINE_APPNEWCALL",
                    "LINE_PROXYREQUEST",
                    "LINE_REMOVE",
                    "LINE_AGENTSESSIONSTATUS",
                    "LINE_QUEUESTATUS",
                    "LINE_AGENTSTATUSEX",
                    "LINE_GROUPSTATUS",
                    "LINE_PROXYSTATUS",
                    "LINE_APPNEWCALLHUB",
                    "LINE_CALLHUBCLOSE",
                    "LINE_DEVSPECIFICEX",
                ],
                bits: &[
                    0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64, 9u64, 10u64,
                    11u64, 12u64, 13u64, 19u64, 21u64, 22u64, 23u64, 24u64, 25u64, 27u64,
                    28u64, 29u64, 30u64, 31u64, 32u64, 33u64, 34u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xAC\x01\0\0\0\0\0\0\xE6\x01\0\0\0\0\0\0r\x01\0\0\xFF\xFF\0\0\0\0\xAC\x01\0\0\xF5\0\0\0\xE6\x01\0\0 \x01\0\0r\x01\0\0\x15\x01\0\0\xFF\xFF\0\0\0\0\xA1\x02\0\0\xB1\0\0\0\x06\x03\0\0\xC5\0\0\0\x87\x02\0\0\xCA\0\0\0\xFF\xFF\0\0\0\0R\x03\0\0\xFB\0\0\0\xCB\x03\0\x000\x01\0\0Q\x03\0\x007\x01\0\0\xFF\xFF\0\0\0\0M\x04\0\0\xD5\0\0\0\xFB\x04\0\0\x01\x01\0\0\x88\x04\0\0\n\x01\0\0\xFF\xFF\0\0\0\0\"\x05\0\0\xA4\0\0\0\xFC\x05\0\0\xF6\0\0\0\x92\x05\0\0\xDD\0\0\0\xFF\xFF\0\0\0\0\xC6\x05\0\0\x9B\0\0\0\xF2\x06\0\0\xB8\0\0\0o\x06\0\0\xB9\0\0\0\xFF\xFF\0\0\0\0a\x06\0\0\xD0\0\0\0\xAA\x07\0\0\xE0\0\0\0(\x07\0\0\xF3\0\0\0\xFF\xFF\0\0\0\x001\x07\0\0\xBD\0\0\0\x8A\x08\0\0\xEC\0\0\0\x1B\x08\0\0\xE3\0\0\0\xFF\xFF\0\0\0\0\xEE\x07\0\0\xA9\0\0\0v\t\0\0\xBC\0\0\0\xFE\x08\0\0\xCC\0\0\0\xFF\xFF\0\0\0\0\x97\x08\0\0\xB0\0\0\x002\n\0\0\xDE\0\0\0\xCA\t\0\0\xF2\0\0\0\xFF\xFF\0\0\0\0G\t\0\0\x99\0\0\0\x10\x0B\0\0\xA8\0\0\0\xBC\n\0\0\xE4\0\0\0\xFF\xFF\0\0\0\0\xE0\t\0\0\x9B\0\0\0\xB8\x0B\0\0\xA4\0\0\0\xA0\x0B\0\0\xBE\0\0\0\xFF\xFF\0\0\0\0{\n\0\0\xB4\0\0\0\\\x0C\0\0\xC9\0\0\0^\x0C\0\0\xCE\0\0\0\xFF\xFF\0\0\0\0/\x0B\0\0\xA4\0\0\0%\r\0\0\xF6\0\0\0,\r\0\0\xCE\0\0\0\x01\x04\0\0\0\0\xD3\x0B\0\0\x91\0\0\0\x1B\x0E\0\0\x94\0\0\0\xFA\r\0\0\xB4\0\0\0\x02\0\0\0\0\0d\x0C\0\0\xC5\0\0\0\xAF\x0E\0\0\xF4\0\0\0\xAE\x0E\0\0\xE2\0\0\0\x02\0\0\0\0\0)\r\0\0\xF2\0\0\0\xA3\x0F\0\0\x18\x01\0\0\x90\x0F\0\0\x18\x01\0\0\x02\0\0\0\0\0\x1B\x0E\0\0\xFC\0\0\0\xBB\x10\0\x006\x01\0\0\xA8\x10\0\x006\x01\0\0\x02\0\0\0\0\0\x17\x0F\0\0\xD1\0\0\0\xF1\x11\0\0\xF7\0\0\0\xDE\x11\0\0\x15\x01\0\0\x02\0\0\0\0\0\xE8\x0F\0\0y\0\0\0\xE8\x12\0\0\x8F\0\0\0\xF3\x12\0\0\x8B\0\0\0\x02\x02\0\0\0\0a\x10\0\0\x02\x01\0\0w\x13\0\0.\x01\0\0~\x13\0\09\x01\0\0\x02\x02\0\0\0\0c\x11\0\0\xB3\0\0\0\xA5\x14\0\0\xD5\0\0\0\xB7\x14\0\0\xE6\0\0\0\x02\x02\0\0\0\0\x16\x12\0\0\xE0\0\0\0z\x15\0\0\xFE\0\0\0\x9D\x15\0\0\x0B\x01\0\0\x02\x02\0\0\0\0\xF6\x12\0\0\xA6\0\0\0x\x16\0\0\xBF\0\0\0\xA8\x16\0\0\xC4\0\0\0\x02\x02\0\0\0\0\x9C\x13\0\0\xD5\0\0\x007\x17\0\0\"\x01\0\0l\x17\0\0\xEE\0\0\0\x03\0\0\0\0\0q\x14\0\0\xBB\0\0\0Y\x18\0\0\xC5\0\0\0Z\x18\0\0\xE2\0\0\0\x03\0\0\0\0\0,\x15\0\0\x8F\0\0\0\x1E\x19\0\0\xA6\0\0\0<\x19\0\0\xB3\0\0\0\x03\0\0\0\0\0\xBB\x15\0\0\x95\0\0\0\xC4\x19\0\0\xD0\0\0\0\xEF\x19\0\0\xCA\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINE_ADDRESSSTATE",
                        "LINE_CALLINFO",
                        "LINE_CALLSTATE",
                        "LINE_CLOSE",
                        "LINE_DEVSPECIFIC",
                        "LINE_DEVSPECIFICFEATURE",
                        "LINE_GATHERDIGITS",
                        "LINE_GENERATE",
                        "LINE_LINEDEVSTATE",
                        "LINE_MONITORDIGITS",
                        "LINE_MONITORMEDIA",
                        "LINE_MONITORTONE",
                        "LINE_REPLY",
                        "LINE_REQUEST",
                        "LINE_CREATE",
                        "LINE_AGENTSPECIFIC",
                        "LINE_AGENTSTATUS",
                        "LINE_APPNEWCALL",
                        "LINE_PROXYREQUEST",
                        "LINE_REMOVE",
                        "LINE_AGENTSESSIONSTATUS",
                        "LINE_QUEUESTATUS",
                        "LINE_AGENTSTATUSEX",
                        "LINE_GROUPSTATUS",
                        "LINE_PROXYSTATUS",
                        "LINE_APPNEWCALLHUB",
                        "LINE_CALLHUBCLOSE",
                        "LINE_DEVSPECIFICEX",
                        "ADDRESSSTATE",
                        "CALLINFO",
                        "CALLSTATE",
                        "CLOSE",
                        "DEVSPECIFIC",
                        "DEVSPECIFICFEATURE",
                        "GATHERDIGITS",
                        "GENERATE",
                        "LINEDEVSTATE",
                        "MONITORDIGITS",
                        "MONITORMEDIA",
                        "MONITORTONE",
                        "REPLY",
                        "REQUEST",
                        "CREATE",
                        "AGENTSPECIFIC",
                        "AGENTSTATUS",
                        "APPNEWCALL",
                        "PROXYREQUEST",
                        "REMOVE",
                        "AGENTSESSIONSTATUS",
                        "QUEUESTATUS",
                        "AGENTSTATUSEX",
                        "GROUPSTATUS",
                        "PROXYSTATUS",
                        "APPNEWCALLHUB",
                        "CALLHUBCLOSE",
                        "DEVSPECIFICEX",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 8214137247488426793u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF#\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF5\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF7\0\x1B\x002\0\x16\0%\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x1A\0\xFF\xFF\xFF\xFF \0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\x001\0\x15\0\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\x11\0&\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\x1F\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x0F\0\x1C\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF6\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINE_` family (enumeration, `i32`); defined in `tapi.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINE_ADDRESSSTATE` | `0x00000000` |  |\n| `LINE_CALLINFO` | `0x00000001` |  |\n| `LINE_CALLSTATE` | `0x00000002` |  |\n| `LINE_CLOSE` | `0x00000003` |  |\n| `LINE_DEVSPECIFIC` | `0x00000004` |  |\n| `LINE_DEVSPECIFICFEATURE` | `0x00000005` |  |\n| `LINE_GATHERDIGITS` | `0x00000006` |  |\n| `LINE_GENERATE` | `0x00000007` |  |\n| `LINE_LINEDEVSTATE` | `0x00000008` |  |\n| `LINE_MONITORDIGITS` | `0x00000009` |  |\n| `LINE_MONITORMEDIA` | `0x0000000A` |  |\n| `LINE_MONITORTONE` | `0x0000000B` |  |\n| `LINE_REPLY` | `0x0000000C` |  |\n| `LINE_REQUEST` | `0x0000000D` |  |\n| `LINE_CREATE` | `0x00000013` | TAPI 1.4 |\n| `LINE_AGENTSPECIFIC` | `0x00000015` | TAPI 2.0 |\n| `LINE_AGENTSTATUS` | `0x00000016` | TAPI 2.0 |\n| `LINE_APPNEWCALL` | `0x00000017` | TAPI 2.0 |\n| `LINE_PROXYREQUEST` | `0x00000018` | TAPI 2.0 |\n| `LINE_REMOVE` | `0x00000019` | TAPI 2.0 |\n| `LINE_AGENTSESSIONSTATUS` | `0x0000001B` | TAPI 2.2 |\n| `LINE_QUEUESTATUS` | `0x0000001C` | TAPI 2.2 |\n| `LINE_AGENTSTATUSEX` | `0x0000001D` | TAPI 2.2 |\n| `LINE_GROUPSTATUS` | `0x0000001E` | TAPI 2.2 |\n| `LINE_PROXYSTATUS` | `0x0000001F` | TAPI 2.2 |\n| `LINE_APPNEWCALLHUB` | `0x00000020` | TAPI 3.0 |\n| `LINE_CALLHUBCLOSE` | `0x00000021` | TAPI 3.0 |\n| `LINE_DEVSPECIFICEX` | `0x00000022` | TAPI 3.0 |\n\n# Deutsch\n\nNummern der Nachrichten, die TAPI zu Leitungsgeräten, Adressen und Anrufen zustellt. Der Wert kommt als Argument `dwMessage` der Leitungs-Callback-Funktion der Anwendung (`LINECALLBACK`) an oder als `dwMessageID` einer `LINEMESSAGE`, die `lineGetMessage` zurückgibt. Die Bedeutung von `hDevice`, `dwParam1`, `dwParam2` und `dwParam3` hängt von der Nachricht ab. Die Nummern von `LINE_` und `PHONE_` stammen aus einer gemeinsamen Folge, daher ist keine der beiden Familien lückenlos.\n\n- `LINE_ADDRESSSTATE`: Meldet, dass sich der Status einer Adresse auf einer geöffneten Leitung geändert hat: `dwParam1` ist die Kennung der Adresse, und `dwParam2` enthält die `LINEADDRESSSTATE_`-Bits der geänderten Angaben. Gemeldet werden nur Änderungen, die mit `lineSetStatusMessages` aktiviert wurden.\n- `LINE_CALLINFO`: Meldet, dass sich Felder der Struktur `LINECALLINFO` eines Anrufs geändert haben: `hDevice` ist das Anrufhandle, und `dwParam1` enthält die `LINECALLINFOSTATE_`-Bits, die diese Felder bezeichnen.\n- `LINE_CALLSTATE`: Meldet, dass ein Anruf in einen neuen Anrufzustand übergegangen ist: `dwParam1` ist der `LINECALLSTATE_`-Wert, `dwParam2` eine vom Zustand abhängige Angabe (Besetztzeichen, Trennungsgrund usw.) und `dwParam3` die Berechtigung der Anwendung, wenn die Nachricht ihr einen für sie neuen Anruf ankündigt.\n- `LINE_CLOSE`: Meldet, dass ein Leitungsgerät, das die Anwendung geöffnet hatte, geschlossen wurde, ohne dass sie es angefordert hat, etwa weil das Gerät neu konfiguriert oder entfernt wurde; das Leitungshandle und die Handles der Anrufe darauf sind nicht mehr gültig.\n- `LINE_DEVSPECIFIC`: Überbringt ein gerätespezifisches Ereignis zu einer Leitung, einer Adresse oder einem Anruf; die Bedeutung der Parameter legt der Dienstanbieter fest. Die Nachricht ist das Gegenstück von `lineDevSpecific` auf der Seite der Benachrichtigungen.\n- `LINE_DEVSPECIFICFEATURE`: Überbringt ein gerätespezifisches Ereignis zu den Leistungsmerkmalen der Vermittlung, die über `lineDevSpecificFeature` gesteuert werden; die Parameter legt der Dienstanbieter fest.\n- `LINE_GATHERDIGITS`: Meldet, dass eine mit `lineGatherDigits` gestartete Ziffernerfassung beendet ist: `dwParam1` gibt den Grund als `LINEGATHERTERM_`-Wert an, und die erfassten Ziffern stehen in dem Puffer, den die Anwendung bereitgestellt hat.\n- `LINE_GENERATE`: Meldet, dass die mit `lineGenerateDigits` oder `lineGenerateTone` gestartete Erzeugung von Ziffern oder Tönen abgeschlossen ist oder vorzeitig abgebrochen wurde; `dwParam1` enthält einen `LINEGENERATETERM_`-Wert, der den Grund angibt.\n- `LINE_LINEDEVSTATE`: Meldet eine Änderung des Zustands des Leitungsgeräts selbst (Klingeln, Wechsel in den oder aus dem Betrieb, notwendige Neuinitialisierung usw.); `dwParam1` enthält `LINEDEVSTATE_`-Bits.\n- `LINE_MONITORDIGITS`: Meldet eine einzelne Ziffer, die auf einem mit `lineMonitorDigits` überwachten Anruf erkannt wurde: Das untere Byte von `dwParam1` ist die Ziffer, `dwParam2` das Wahlverfahren (`LINEDIGITMODE_`), in dem sie erkannt wurde.\n- `LINE_MONITORMEDIA`: Meldet, dass auf einem mit `lineMonitorMedia` überwachten Anruf ein Wechsel des Medienmodus erkannt wurde; `dwParam1` enthält den neu erkannten `LINEMEDIAMODE_`-Wert.\n- `LINE_MONITORTONE`: Meldet, dass einer der mit `lineMonitorTones` angeforderten Töne auf dem Anruf erkannt wurde; `dwParam1` ist die Kennung, die die Anwendung diesem Ton gegeben hat.\n- `LINE_REPLY`: Meldet den Abschluss einer asynchronen Leitungsfunktion: `dwParam1` ist die Anforderungskennung, die die Funktion zurückgegeben hat, und `dwParam2` ihr Ergebnis, 0 bei Erfolg oder ein `LINEERR_`-Code.\n- `LINE_REQUEST`: Teilt einer Anwendung, die als Empfänger von Anforderungen der unterstützten Telefonie (Assisted Telephony) registriert ist, mit, dass eine Anforderung einer anderen Anwendung wartet; `dwParam1` ist deren Anforderungsmodus (`LINEREQUESTMODE_`).\n- `LINE_CREATE`: Meldet, dass im System ein neues Leitungsgerät hinzugekommen ist (etwa nach einer Plug-and-Play-Installation); `dwParam1` ist seine Gerätekennung.\n- `LINE_AGENTSPECIFIC`: Meldet eine Änderung an einem Element, das für den ACD-Agentenhandler spezifisch ist und über die Erweiterung `lineAgentSpecific` erreicht wird; `dwParam1` wählt die Handlererweiterung aus, und `dwParam2` wird von diesem Handler festgelegt.\n- `LINE_AGENTSTATUS`: Meldet, dass sich der Status des ACD-Agenten auf einer Adresse einer geöffneten Leitung geändert hat: `dwParam1` ist die Kennung der Adresse, `dwParam2` enthält `LINEAGENTSTATUS_`-Bits und `dwParam3` den neuen `LINEAGENTSTATE_`-Wert, wenn sich der Zustand selbst geändert hat.\n- `LINE_APPNEWCALL`: Teilt der Anwendung mit, dass für sie ein Anrufhandle angelegt wurde, ohne dass sie selbst einen Anruf aufgebaut hat, etwa für einen eingehenden oder neu überwachten Anruf: `dwParam1` ist die Kennung der Adresse, `dwParam2` das neue Anrufhandle und `dwParam3` die Berechtigung, die ihr darauf erteilt wurde.\n- `LINE_PROXYREQUEST`: Stellt einer registrierten Proxy-Anwendung (etwa einem ACD-Agentenhandler) eine Anforderung zu, die eine andere Anwendung über TAPI gestellt hat; `dwParam1` zeigt auf eine Struktur `LINEPROXYREQUEST`, die mit `lineProxyResponse` beantwortet wird.\n- `LINE_REMOVE`: Meldet, dass ein Leitungsgerät aus dem System entfernt wurde; seine Gerätekennung, in `dwParam1` angegeben, darf nicht mehr verwendet werden.\n- `LINE_AGENTSESSIONSTATUS`: Meldet eine Änderung an einer ACD-Agentensitzung auf einem Agentenhandler, dessen Leitung die Anwendung geöffnet hat: `dwParam1` ist das Handle der Sitzung, `dwParam2` enthält `LINEAGENTSESSIONSTATUS_`-Bits und `dwParam3` den neuen `LINEAGENTSESSIONSTATE_`-Wert, wenn sich der Zustand geändert hat.\n- `LINE_QUEUESTATUS`: Meldet eine Änderung an einer ACD-Warteschlange auf einem Agentenhandler, dessen Leitung die Anwendung geöffnet hat: `dwParam1` ist die Kennung der Warteschlange, und `dwParam2` enthält `LINEQUEUESTATUS_`-Bits.\n- `LINE_AGENTSTATUSEX`: Meldet eine Änderung des Status eines ACD-Agenten im Agentenmodell von TAPI 2.2: `dwParam1` ist das Handle des Agenten, `dwParam2` enthält `LINEAGENTSTATUSEX_`-Bits und `dwParam3` den neuen `LINEAGENTSTATEEX_`-Wert, wenn sich der Zustand geändert hat.\n- `LINE_GROUPSTATUS`: Meldet, dass sich die Menge der von einem Agentenhandler angebotenen ACD-Gruppen geändert hat; `dwParam2` enthält `LINEGROUPSTATUS_`-Bits, und `lineGetGroupList` liefert die aktuelle Liste.\n- `LINE_PROXYSTATUS`: Meldet eine Änderung bei den Proxys, die auf einer geöffneten Leitung registriert sind; TAPI erzeugt diese Nachricht, wenn ein Proxy die Leitung öffnet oder schließt. `dwParam1` enthält `LINEPROXYSTATUS_`-Bits und `dwParam2` den betroffenen Proxy-Anforderungstyp (`LINEPROXYREQUEST_`).\n- `LINE_APPNEWCALLHUB`: Meldet, dass TAPI einen neuen Anrufhub angelegt hat; `dwParam1` gibt seine Verfolgungsstufe als `LINECALLHUBTRACKING_`-Wert an. Die Nachricht stammt von TAPI selbst, nicht von einem Dienstanbieter.\n- `LINE_CALLHUBCLOSE`: Meldet, dass ein Anrufhub geschlossen wurde; sein Handle darf daher nicht mehr verwendet werden. Die Nachricht stammt von TAPI selbst, nicht von einem Dienstanbieter.\n- `LINE_DEVSPECIFICEX`: Die TAPI-2.2-Form der gerätespezifischen Benachrichtigung: Sie überbringt ein vom Dienstanbieter definiertes Ereignis zu einer Leitung, einer Adresse oder einem Anruf, im Zusammenhang mit `lineDevSpecific`.\n\n# Français\n\nNuméros des messages que TAPI envoie au sujet des périphériques de ligne, des adresses et des appels. La valeur parvient dans l’argument `dwMessage` de la fonction de rappel (callback) de ligne (`LINECALLBACK`), ou dans le champ `dwMessageID` d’un `LINEMESSAGE` obtenu par `lineGetMessage` ; le sens de `hDevice` et de `dwParam1` à `dwParam3` dépend du message.\n\n- `LINE_ADDRESSSTATE`: Signale que l’état d’une adresse d’une ligne ouverte a changé : `dwParam1` est l’identifiant de l’adresse et `dwParam2` contient les indicateurs `LINEADDRESSSTATE_` des éléments modifiés. Seuls les changements activés par `lineSetStatusMessages` sont signalés.\n- `LINE_CALLINFO`: Signale que certains champs de la structure `LINECALLINFO` d’un appel ont changé : `hDevice` est le handle d’appel et `dwParam1` contient les indicateurs `LINECALLINFOSTATE_` désignant ces champs.\n- `LINE_CALLSTATE`: Signale qu’un appel est passé dans un nouvel état : `dwParam1` est la valeur `LINECALLSTATE_`, `dwParam2` une précision propre à cet état (mode d’occupation, mode de déconnexion, etc.) et `dwParam3` le privilège de l’application lorsque le message lui annonce un appel qu’elle ne connaissait pas.\n- `LINE_CLOSE`: Signale qu’un périphérique de ligne ouvert par l’application a été fermé sans qu’elle l’ait demandé, par exemple à la suite d’une reconfiguration ou d’un retrait ; le handle de ligne et les handles d’appel qui en dépendent ne sont plus valides.\n- `LINE_DEVSPECIFIC`: Transmet un événement propre au périphérique concernant une ligne, une adresse ou un appel ; le fournisseur de services définit le sens des paramètres. C’est le pendant, côté notifications, de `lineDevSpecific`.\n- `LINE_DEVSPECIFICFEATURE`: Transmet un événement propre au périphérique lié aux fonctions du commutateur pilotées par `lineDevSpecificFeature` ; les paramètres sont définis par le fournisseur de services.\n- `LINE_GATHERDIGITS`: Signale qu’une collecte de chiffres lancée par `lineGatherDigits` a pris fin : `dwParam1` en donne la raison sous forme de valeur `LINEGATHERTERM_`, et les chiffres recueillis se trouvent dans la mémoire tampon fournie par l’application.\n- `LINE_GENERATE`: Signale que la génération de chiffres ou de tonalités lancée par `lineGenerateDigits` ou `lineGenerateTone` est terminée ou a été interrompue ; `dwParam1` contient une valeur `LINEGENERATETERM_` qui en indique la raison.\n- `LINE_LINEDEVSTATE`: Signale un changement d’état du périphérique de ligne lui-même (sonnerie, mise en service ou hors service, réinitialisation nécessaire, etc.) ; `dwParam1` contient des indicateurs `LINEDEVSTATE_`.\n- `LINE_MONITORDIGITS`: Signale un chiffre détecté sur un appel dont la détection des chiffres a été activée par `lineMonitorDigits` : l’octet de poids faible de `dwParam1` est le chiffre et `dwParam2` le mode `LINEDIGITMODE_` dans lequel il a été reconnu.\n- `LINE_MONITORMEDIA`: Signale qu’un changement de mode de média a été détecté sur un appel dont la détection des modes de média a été activée par `lineMonitorMedia` ; `dwParam1` contient la valeur `LINEMEDIAMODE_` nouvellement détectée.\n- `LINE_MONITORTONE`: Signale que l’une des tonalités demandées par `lineMonitorTones` a été détectée sur l’appel ; `dwParam1` est l’identifiant que l’application avait attribué à cette tonalité.\n- `LINE_REPLY`: Signale l’achèvement d’une fonction de ligne asynchrone : `dwParam1` est l’identifiant de requête renvoyé par la fonction et `dwParam2` son résultat, zéro en cas de succès ou un code `LINEERR_`.\n- `LINE_REQUEST`: Indique à une application inscrite comme destinataire des requêtes de téléphonie assistée qu’une requête d’une autre application est en attente ; `dwParam1` en précise le mode `LINEREQUESTMODE_`.\n- `LINE_CREATE`: Signale qu’un nouveau périphérique de ligne est apparu dans le système (après une installation Plug and Play, par exemple) ; `dwParam1` est son identifiant de périphérique.\n- `LINE_AGENTSPECIFIC`: Signale un changement dans un élément propre au gestionnaire d’agents de l’ACD, accessible par l’extension `lineAgentSpecific` ; `dwParam1` désigne l’extension du gestionnaire et `dwParam2` est défini par celui-ci.\n- `LINE_AGENTSTATUS`: Signale que l’état de l’agent ACD sur une adresse d’une ligne ouverte a changé : `dwParam1` est l’identifiant de l’adresse, `dwParam2` contient des indicateurs `LINEAGENTSTATUS_` et `dwParam3` la nouvelle valeur `LINEAGENTSTATE_` lorsque l’état lui-même a changé.\n- `LINE_APPNEWCALL`: Indique à l’application qu’un handle d’appel a été créé pour elle sans qu’elle l’ait demandé, par exemple pour un appel entrant ou nouvellement surveillé : `dwParam1` est l’identifiant de l’adresse, `dwParam2` le nouveau handle d’appel et `dwParam3` le privilège accordé sur cet appel.\n- `LINE_PROXYREQUEST`: Remet à une application proxy inscrite (un gestionnaire d’agents ACD, par exemple) une requête qu’une autre application a faite par l’intermédiaire de TAPI ; `dwParam1` pointe vers une structure `LINEPROXYREQUEST`, à laquelle le proxy répond par `lineProxyResponse`.\n- `LINE_REMOVE`: Signale qu’un périphérique de ligne a été retiré du système ; son identifiant, fourni dans `dwParam1`, ne doit plus être utilisé.\n- `LINE_AGENTSESSIONSTATUS`: Signale un changement dans une session d’agent ACD sur un gestionnaire d’agents dont l’application a ouvert la ligne : `dwParam1` est le handle de la session, `dwParam2` contient des indicateurs `LINEAGENTSESSIONSTATUS_` et `dwParam3` la nouvelle valeur `LINEAGENTSESSIONSTATE_` lorsque l’état a changé.\n- `LINE_QUEUESTATUS`: Signale un changement concernant une file d’attente ACD sur un gestionnaire d’agents dont l’application a ouvert la ligne : `dwParam1` est l’identifiant de la file et `dwParam2` contient des indicateurs `LINEQUEUESTATUS_`.\n- `LINE_AGENTSTATUSEX`: Signale un changement d’état d’un agent ACD dans le modèle d’agents de TAPI 2.2 : `dwParam1` est le handle de l’agent, `dwParam2` contient des indicateurs `LINEAGENTSTATUSEX_` et `dwParam3` la nouvelle valeur `LINEAGENTSTATEEX_` lorsque l’état a changé.\n- `LINE_GROUPSTATUS`: Signale que l’ensemble des groupes ACD proposés par un gestionnaire d’agents a changé ; `dwParam2` contient des indicateurs `LINEGROUPSTATUS_` et `lineGetGroupList` renvoie la liste à jour.\n- `LINE_PROXYSTATUS`: Signale un changement parmi les proxys inscrits sur une ligne ouverte ; TAPI le produit lorsqu’un proxy ouvre ou ferme la ligne. `dwParam1` contient des indicateurs `LINEPROXYSTATUS_` et `dwParam2` le type `LINEPROXYREQUEST_` concerné.\n- `LINE_APPNEWCALLHUB`: Signale que TAPI a créé un nouveau concentrateur d’appels ; `dwParam1` en indique le niveau de suivi sous forme de valeur `LINECALLHUBTRACKING_`. Le message provient de TAPI lui-même et non d’un fournisseur de services.\n- `LINE_CALLHUBCLOSE`: Signale qu’un concentrateur d’appels a été fermé ; son handle ne doit donc plus être utilisé. Le message provient de TAPI lui-même et non d’un fournisseur de services.\n- `LINE_DEVSPECIFICEX`: Forme TAPI 2.2 de la notification propre au périphérique : transmet un événement défini par le fournisseur de services concernant une ligne, une adresse ou un appel, en lien avec `lineDevSpecific`.\n"
    )]
    impl Line {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::AddressState,
            Self::CallInfo,
            Self::CallState,
            Self::Close,
            Self::DevSpecific,
            Self::DevSpecificFeature,
            Self::GatherDigits,
            Self::Generate,
            Self::LineDevState,
            Self::MonitorDigits,
            Self::MonitorMedia,
            Self::MonitorTone,
            Self::Reply,
            Self::Request,
            Self::Create,
            Self::AgentSpecific,
            Self::AgentStatus,
            Self::AppNewCall,
            Self::ProxyRequest,
            Self::Remove,
            Self::AgentSessionStatus,
            Self::QueueStatus,
            Self::AgentStatusEx,
            Self::GroupStatus,
            Self::ProxyStatus,
            Self::AppNewCallHub,
            Self::CallHubClose,
            Self::DevSpecificEx,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::i32 {
            self as ::core::primitive::i32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::i32,
        ) -> ::core::option::Option<Self> {
            let index = {
                let offset = value.wrapping_sub(0) as ::core::primitive::u32;
                if offset < 35 {
                    __tapi::map_index(
                        b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\xFF\xFF\x0F\0\x10\0\x11\0\x12\0\x13\0\xFF\xFF\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            };
            if index < Self::ALL.len() {
                __tapi::Some(Self::ALL[index])
            } else {
                __tapi::None
            }
        }
        /// The full C name, such as `LINE_ADDRESSSTATE`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            {
                let offset = (self as ::core::primitive::i32).wrapping_sub(0)
                    as ::core::primitive::u32;
                if offset < 35 {
                    __tapi::map_index(
                        b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\xFF\xFF\x0F\0\x10\0\x11\0\x12\0\x13\0\xFF\xFF\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for Line {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Line> for ::core::primitive::i32 {
        #[inline]
        fn from(member: Line) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for Line {
        type Error = ::tapi_consts::UnknownValueError<Line>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Line {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Line {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(Line, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(Line);
};
///The `LINE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_line {
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::AddressState`](super::Line::AddressState)."
    )]
    pub const LINE_ADDRESSSTATE: ::core::primitive::i32 = 0;
    #[cfg_attr(doc, doc = "The value of [`Line::CallInfo`](super::Line::CallInfo).")]
    pub const LINE_CALLINFO: ::core::primitive::i32 = 1;
    #[cfg_attr(doc, doc = "The value of [`Line::CallState`](super::Line::CallState).")]
    pub const LINE_CALLSTATE: ::core::primitive::i32 = 2;
    #[cfg_attr(doc, doc = "The value of [`Line::Close`](super::Line::Close).")]
    pub const LINE_CLOSE: ::core::primitive::i32 = 3;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::DevSpecific`](super::Line::DevSpecific)."
    )]
    pub const LINE_DEVSPECIFIC: ::core::primitive::i32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::DevSpecificFeature`](super::Line::DevSpecificFeature)."
    )]
    pub const LINE_DEVSPECIFICFEATURE: ::core::primitive::i32 = 5;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::GatherDigits`](super::Line::GatherDigits)."
    )]
    pub const LINE_GATHERDIGITS: ::core::primitive::i32 = 6;
    #[cfg_attr(doc, doc = "The value of [`Line::Generate`](super::Line::Generate).")]
    pub const LINE_GENERATE: ::core::primitive::i32 = 7;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::LineDevState`](super::Line::LineDevState)."
    )]
    pub const LINE_LINEDEVSTATE: ::core::primitive::i32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::MonitorDigits`](super::Line::MonitorDigits)."
    )]
    pub const LINE_MONITORDIGITS: ::core::primitive::i32 = 9;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::MonitorMedia`](super::Line::MonitorMedia)."
    )]
    pub const LINE_MONITORMEDIA: ::core::primitive::i32 = 10;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::MonitorTone`](super::Line::MonitorTone)."
    )]
    pub const LINE_MONITORTONE: ::core::primitive::i32 = 11;
    #[cfg_attr(doc, doc = "The value of [`Line::Reply`](super::Line::Reply).")]
    pub const LINE_REPLY: ::core::primitive::i32 = 12;
    #[cfg_attr(doc, doc = "The value of [`Line::Request`](super::Line::Request).")]
    pub const LINE_REQUEST: ::core::primitive::i32 = 13;
    #[cfg_attr(doc, doc = "The value of [`Line::Create`](super::Line::Create).")]
    pub const LINE_CREATE: ::core::primitive::i32 = 19;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::AgentSpecific`](super::Line::AgentSpecific)."
    )]
    pub const LINE_AGENTSPECIFIC: ::core::primitive::i32 = 21;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::AgentStatus`](super::Line::AgentStatus)."
    )]
    pub const LINE_AGENTSTATUS: ::core::primitive::i32 = 22;
    #[cfg_attr(doc, doc = "The value of [`Line::AppNewCall`](super::Line::AppNewCall).")]
    pub const LINE_APPNEWCALL: ::core::primitive::i32 = 23;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::ProxyRequest`](super::Line::ProxyRequest)."
    )]
    pub const LINE_PROXYREQUEST: ::core::primitive::i32 = 24;
    #[cfg_attr(doc, doc = "The value of [`Line::Remove`](super::Line::Remove).")]
    pub const LINE_REMOVE: ::core::primitive::i32 = 25;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::AgentSessionStatus`](super::Line::AgentSessionStatus)."
    )]
    pub const LINE_AGENTSESSIONSTATUS: ::core::primitive::i32 = 27;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::QueueStatus`](super::Line::QueueStatus)."
    )]
    pub const LINE_QUEUESTATUS: ::core::primitive::i32 = 28;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::AgentStatusEx`](super::Line::AgentStatusEx)."
    )]
    pub const LINE_AGENTSTATUSEX: ::core::primitive::i32 = 29;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::GroupStatus`](super::Line::GroupStatus)."
    )]
    pub const LINE_GROUPSTATUS: ::core::primitive::i32 = 30;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::ProxyStatus`](super::Line::ProxyStatus)."
    )]
    pub const LINE_PROXYSTATUS: ::core::primitive::i32 = 31;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::AppNewCallHub`](super::Line::AppNewCallHub)."
    )]
    pub const LINE_APPNEWCALLHUB: ::core::primitive::i32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::CallHubClose`](super::Line::CallHubClose)."
    )]
    pub const LINE_CALLHUBCLOSE: ::core::primitive::i32 = 33;
    #[cfg_attr(
        doc,
        doc = "The value of [`Line::DevSpecificEx`](super::Line::DevSpecificEx)."
    )]
    pub const LINE_DEVSPECIFICEX: ::core::primitive::i32 = 34;
}
/// Numbers of the messages TAPI delivers about phone devices.
///
/// The value arrives as the `dwMessage` argument of the application's phone callback
/// (`PHONECALLBACK`), or as `dwMessageID` of a `PHONEMESSAGE` returned by `phoneGetMessage`.
/// The numbers share one sequence with the `LINE_` messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum Phone {
    /// Reports that a button on an open phone device was pressed or released: `dwParam1` is the
    /// button/lamp identifier, `dwParam2` its `PHONEBUTTONMODE_` and `dwParam3` the
    /// `PHONEBUTTONSTATE_` transition.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONE_BUTTON` = `0x0000000E`")]
    Button = 14,
    /// Reports that a phone device the application had open has been closed without its request;
    /// the phone handle is no longer valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONE_CLOSE` = `0x0000000F`")]
    Close = 15,
    /// Carries a device-specific event on a phone device; the service provider defines the
    /// parameters. It is the notification side of `phoneDevSpecific`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONE_DEVSPECIFIC` = `0x00000010`")]
    DevSpecific = 16,
    /// Reports the completion of an asynchronous phone function: `dwParam1` is the request
    /// identifier the function returned and `dwParam2` its result, zero on success or a
    /// `PHONEERR_` code.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONE_REPLY` = `0x00000011`")]
    Reply = 17,
    /// Reports a change in the status of a phone device (hook switch, volume, display, lamps, and
    /// so on); `dwParam1` holds `PHONESTATE_` flags and `dwParam2` further detail for some of
    /// them. Only changes enabled with `phoneSetStatusMessages` are reported.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONE_STATE` = `0x00000012`")]
    State = 18,
    /// Reports that a new phone device has appeared in the system; `dwParam1` is its device
    /// identifier.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONE_CREATE` = `0x00000014`")]
    Create = 20,
    /// Reports that a phone device has been removed from the system; its identifier, given in
    /// `dwParam1`, must no longer be used.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONE_REMOVE` = `0x0000001A`")]
    Remove = 26,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Numbers of the messages TAPI delivers about phone devices.\n\nThe value arrives as the `dwMessage` argument of the application's phone callback (`PHONECALLBACK`), or as `dwMessageID` of a `PHONEMESSAGE` returned by `phoneGetMessage`. The numbers share one sequence with the `LINE_` messages.Reports that a button on an open phone device was pressed or released: `dwParam1` is the button/lamp identifier, `dwParam2` its `PHONEBUTTONMODE_` and `dwParam3` the `PHONEBUTTONSTATE_` transition.Reports that a phone device the application had open has been closed without its request; the phone handle is no longer valid.Carries a device-specific event on a phone device; the service provider defines the parameters. It is the notification side of `phoneDevSpecific`.Reports the completion of an asynchronous phone function: `dwParam1` is the request identifier the function returned and `dwParam2` its result, zero on success or a `PHONEERR_` code.Reports a change in the status of a phone device (hook switch, volume, display, lamps, and so on); `dwParam1` holds `PHONESTATE_` flags and `dwParam2` further detail for some of them. Only changes enabled with `phoneSetStatusMessages` are reported.Reports that a new phone device has appeared in the system; `dwParam1` is its device identifier.Reports that a phone device has been removed from the system; its identifier, given in `dwParam1`, must no longer be used."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Nummern der Nachrichten, die TAPI zu Telefongeräten zustellt. Der Wert kommt als Argument `dwMessage` der Telefon-Callback-Funktion der Anwendung (`PHONECALLBACK`) an oder als `dwMessageID` einer `PHONEMESSAGE`, die `phoneGetMessage` zurückgibt. Die Nummern stammen aus einer gemeinsamen Folge mit denen der `LINE_`-Nachrichten.Meldet, dass eine Taste eines geöffneten Telefongeräts gedrückt oder losgelassen wurde: `dwParam1` ist die Tasten-/Lampenkennung, `dwParam2` der Tastenmodus (`PHONEBUTTONMODE_`) und `dwParam3` der Zustandswechsel (`PHONEBUTTONSTATE_`).Meldet, dass ein Telefongerät, das die Anwendung geöffnet hatte, geschlossen wurde, ohne dass sie es angefordert hat; das Telefonhandle ist nicht mehr gültig.Überbringt ein gerätespezifisches Ereignis zu einem Telefongerät; die Parameter legt der Dienstanbieter fest. Die Nachricht ist das Gegenstück von `phoneDevSpecific` auf der Seite der Benachrichtigungen.Meldet den Abschluss einer asynchronen Telefonfunktion: `dwParam1` ist die Anforderungskennung, die die Funktion zurückgegeben hat, und `dwParam2` ihr Ergebnis, 0 bei Erfolg oder ein `PHONEERR_`-Code.Meldet eine Statusänderung eines Telefongeräts (Gabelumschalter, Lautstärke, Display, Leuchtanzeigen usw.); `dwParam1` enthält `PHONESTATE_`-Bits und `dwParam2` für einige davon weitere Angaben. Gemeldet werden nur Änderungen, die mit `phoneSetStatusMessages` aktiviert wurden.Meldet, dass im System ein neues Telefongerät hinzugekommen ist; `dwParam1` ist seine Gerätekennung.Meldet, dass ein Telefongerät aus dem System entfernt wurde; seine Gerätekennung, in `dwParam1` angegeben, darf nicht mehr verwendet werden."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Numéros des messages que TAPI envoie au sujet des périphériques téléphoniques. La valeur parvient dans l’argument `dwMessage` de la fonction de rappel (callback) téléphonique (`PHONECALLBACK`), ou dans le champ `dwMessageID` d’un `PHONEMESSAGE` obtenu par `phoneGetMessage`.Signale qu’un bouton d’un périphérique téléphonique ouvert a été enfoncé ou relâché : `dwParam1` est l’identifiant du bouton ou du voyant, `dwParam2` son mode `PHONEBUTTONMODE_` et `dwParam3` la transition `PHONEBUTTONSTATE_`.Signale qu’un périphérique téléphonique ouvert par l’application a été fermé sans qu’elle l’ait demandé ; le handle du téléphone n’est plus valide.Transmet un événement propre au périphérique concernant un téléphone ; le fournisseur de services en définit les paramètres. C’est le pendant, côté notifications, de `phoneDevSpecific`.Signale l’achèvement d’une fonction téléphonique asynchrone : `dwParam1` est l’identifiant de requête renvoyé par la fonction et `dwParam2` son résultat, zéro en cas de succès ou un code `PHONEERR_`.Signale un changement d’état d’un périphérique téléphonique (commutateur crochet, volume, afficheur, voyants, etc.) ; `dwParam1` contient des indicateurs `PHONESTATE_` et `dwParam2` une précision pour certains d’entre eux. Seuls les changements activés par `phoneSetStatusMessages` sont signalés.Signale qu’un nouveau périphérique téléphonique est apparu dans le système ; `dwParam1` est son identifiant de périphérique.Signale qu’un périphérique téléphonique a été retiré du système ; son identifiant, fourni dans `dwParam1`, ne doit plus être utilisé."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "Phone",
            prefix: "PHONE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::None,
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 31u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "PHONE_BUTTON",
                    "PHONE_CLOSE",
                    "PHONE_DEVSPECIFIC",
                    "PHONE_REPLY",
                    "PHONE_STATE",
                    "PHONE_CREATE",
                    "PHONE_REMOVE",
                ],
                bits: &[14u64, 15u64, 16u64, 17u64, 18u64, 20u64, 26u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0!\x01\0\0\0\0\0\0J\x01\0\0\0\0\0\0\x1D\x01\0\0\xFF\xFF\0\0\0\0!\x01\0\0\xC5\0\0\0J\x01\0\0\xEE\0\0\0\x1D\x01\0\0\xF1\0\0\0\xFF\xFF\0\0\0\0\xE6\x01\0\0~\0\0\08\x02\0\0\xA1\0\0\0\x0E\x02\0\0\xA7\0\0\0\xFF\xFF\0\0\0\0d\x02\0\0\x92\0\0\0\xD9\x02\0\0\xCF\0\0\0\xB5\x02\0\0\xC5\0\0\0\xFF\xFF\0\0\0\0\xF6\x02\0\0\xB6\0\0\0\xA8\x03\0\0\xC9\0\0\0z\x03\0\0\xD5\0\0\0\xFF\xFF\0\0\0\0\xAC\x03\0\0\xF8\0\0\0q\x04\0\0\x1B\x01\0\0O\x04\0\x006\x01\0\0\x01\x04\0\0\0\0\xA4\x04\0\0`\0\0\0\x8C\x05\0\0f\0\0\0\x85\x05\0\0\x85\0\0\0\x02\0\0\0\0\0\x04\x05\0\0z\0\0\0\xF2\x05\0\0\x8E\0\0\0\n\x06\0\0\x91\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONE_BUTTON",
                        "PHONE_CLOSE",
                        "PHONE_DEVSPECIFIC",
                        "PHONE_REPLY",
                        "PHONE_STATE",
                        "PHONE_CREATE",
                        "PHONE_REMOVE",
                        "BUTTON",
                        "CLOSE",
                        "DEVSPECIFIC",
                        "REPLY",
                        "STATE",
                        "CREATE",
                        "REMOVE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 265970916891763064u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x06\0\xFF\xFF\xFF\xFF\x0B\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\x0C\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONE_` family (enumeration, `i32`); defined in `tapi.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `PHONE_BUTTON` | `0x0000000E` |  |\n| `PHONE_CLOSE` | `0x0000000F` |  |\n| `PHONE_DEVSPECIFIC` | `0x00000010` |  |\n| `PHONE_REPLY` | `0x00000011` |  |\n| `PHONE_STATE` | `0x00000012` |  |\n| `PHONE_CREATE` | `0x00000014` | TAPI 1.4 |\n| `PHONE_REMOVE` | `0x0000001A` | TAPI 2.0 |\n\n# Deutsch\n\nNummern der Nachrichten, die TAPI zu Telefongeräten zustellt. Der Wert kommt als Argument `dwMessage` der Telefon-Callback-Funktion der Anwendung (`PHONECALLBACK`) an oder als `dwMessageID` einer `PHONEMESSAGE`, die `phoneGetMessage` zurückgibt. Die Nummern stammen aus einer gemeinsamen Folge mit denen der `LINE_`-Nachrichten.\n\n- `PHONE_BUTTON`: Meldet, dass eine Taste eines geöffneten Telefongeräts gedrückt oder losgelassen wurde: `dwParam1` ist die Tasten-/Lampenkennung, `dwParam2` der Tastenmodus (`PHONEBUTTONMODE_`) und `dwParam3` der Zustandswechsel (`PHONEBUTTONSTATE_`).\n- `PHONE_CLOSE`: Meldet, dass ein Telefongerät, das die Anwendung geöffnet hatte, geschlossen wurde, ohne dass sie es angefordert hat; das Telefonhandle ist nicht mehr gültig.\n- `PHONE_DEVSPECIFIC`: Überbringt ein gerätespezifisches Ereignis zu einem Telefongerät; die Parameter legt der Dienstanbieter fest. Die Nachricht ist das Gegenstück von `phoneDevSpecific` auf der Seite der Benachrichtigungen.\n- `PHONE_REPLY`: Meldet den Abschluss einer asynchronen Telefonfunktion: `dwParam1` ist die Anforderungskennung, die die Funktion zurückgegeben hat, und `dwParam2` ihr Ergebnis, 0 bei Erfolg oder ein `PHONEERR_`-Code.\n- `PHONE_STATE`: Meldet eine Statusänderung eines Telefongeräts (Gabelumschalter, Lautstärke, Display, Leuchtanzeigen usw.); `dwParam1` enthält `PHONESTATE_`-Bits und `dwParam2` für einige davon weitere Angaben. Gemeldet werden nur Änderungen, die mit `phoneSetStatusMessages` aktiviert wurden.\n- `PHONE_CREATE`: Meldet, dass im System ein neues Telefongerät hinzugekommen ist; `dwParam1` ist seine Gerätekennung.\n- `PHONE_REMOVE`: Meldet, dass ein Telefongerät aus dem System entfernt wurde; seine Gerätekennung, in `dwParam1` angegeben, darf nicht mehr verwendet werden.\n\n# Français\n\nNuméros des messages que TAPI envoie au sujet des périphériques téléphoniques. La valeur parvient dans l’argument `dwMessage` de la fonction de rappel (callback) téléphonique (`PHONECALLBACK`), ou dans le champ `dwMessageID` d’un `PHONEMESSAGE` obtenu par `phoneGetMessage`.\n\n- `PHONE_BUTTON`: Signale qu’un bouton d’un périphérique téléphonique ouvert a été enfoncé ou relâché : `dwParam1` est l’identifiant du bouton ou du voyant, `dwParam2` son mode `PHONEBUTTONMODE_` et `dwParam3` la transition `PHONEBUTTONSTATE_`.\n- `PHONE_CLOSE`: Signale qu’un périphérique téléphonique ouvert par l’application a été fermé sans qu’elle l’ait demandé ; le handle du téléphone n’est plus valide.\n- `PHONE_DEVSPECIFIC`: Transmet un événement propre au périphérique concernant un téléphone ; le fournisseur de services en définit les paramètres. C’est le pendant, côté notifications, de `phoneDevSpecific`.\n- `PHONE_REPLY`: Signale l’achèvement d’une fonction téléphonique asynchrone : `dwParam1` est l’identifiant de requête renvoyé par la fonction et `dwParam2` son résultat, zéro en cas de succès ou un code `PHONEERR_`.\n- `PHONE_STATE`: Signale un changement d’état d’un périphérique téléphonique (commutateur crochet, volume, afficheur, voyants, etc.) ; `dwParam1` contient des indicateurs `PHONESTATE_` et `dwParam2` une précision pour certains d’entre eux. Seuls les changements activés par `phoneSetStatusMessages` sont signalés.\n- `PHONE_CREATE`: Signale qu’un nouveau périphérique téléphonique est apparu dans le système ; `dwParam1` est son identifiant de périphérique.\n- `PHONE_REMOVE`: Signale qu’un périphérique téléphonique a été retiré du système ; son identifiant, fourni dans `dwParam1`, ne doit plus être utilisé.\n"
    )]
    impl Phone {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Button,
            Self::Close,
            Self::DevSpecific,
            Self::Reply,
            Self::State,
            Self::Create,
            Self::Remove,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::i32 {
            self as ::core::primitive::i32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::i32,
        ) -> ::core::option::Option<Self> {
            let index = {
                let offset = value.wrapping_sub(14) as ::core::primitive::u32;
                if offset < 13 {
                    __tapi::map_index(
                        b"\0\0\x01\0\x02\0\x03\0\x04\0\xFF\xFF\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            };
            if index < Self::ALL.len() {
                __tapi::Some(Self::ALL[index])
            } else {
                __tapi::None
            }
        }
        /// The full C name, such as `PHONE_BUTTON`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            {
                let offset = (self as ::core::primitive::i32).wrapping_sub(14)
                    as ::core::primitive::u32;
                if offset < 13 {
                    __tapi::map_index(
                        b"\0\0\x01\0\x02\0\x03\0\x04\0\xFF\xFF\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for Phone {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Phone> for ::core::primitive::i32 {
        #[inline]
        fn from(member: Phone) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for Phone {
        type Error = ::tapi_consts::UnknownValueError<Phone>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Phone {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Phone {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(Phone, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(Phone);
};
///The `PHONE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phone {
    #[cfg_attr(doc, doc = "The value of [`Phone::Button`](super::Phone::Button).")]
    pub const PHONE_BUTTON: ::core::primitive::i32 = 14;
    #[cfg_attr(doc, doc = "The value of [`Phone::Close`](super::Phone::Close).")]
    pub const PHONE_CLOSE: ::core::primitive::i32 = 15;
    #[cfg_attr(
        doc,
        doc = "The value of [`Phone::DevSpecific`](super::Phone::DevSpecific)."
    )]
    pub const PHONE_DEVSPECIFIC: ::core::primitive::i32 = 16;
    #[cfg_attr(doc, doc = "The value of [`Phone::Reply`](super::Phone::Reply).")]
    pub const PHONE_REPLY: ::core::primitive::i32 = 17;
    #[cfg_attr(doc, doc = "The value of [`Phone::State`](super::Phone::State).")]
    pub const PHONE_STATE: ::core::primitive::i32 = 18;
    #[cfg_attr(doc, doc = "The value of [`Phone::Create`](super::Phone::Create).")]
    pub const PHONE_CREATE: ::core::primitive::i32 = 20;
    #[cfg_attr(doc, doc = "The value of [`Phone::Remove`](super::Phone::Remove).")]
    pub const PHONE_REMOVE: ::core::primitive::i32 = 26;
}
/// Numbers of the messages a telephony service provider sends to TAPI through its `LINEEVENT`
/// callback, defined in `TSPI.h` from `TSPI_MESSAGE_BASE` (500) up.
///
/// Applications never receive them: they travel from the provider to TAPI, beside the line and
/// call messages (`LINE_CALLSTATE`, …) that TAPI passes on. They share the `LINE_` prefix with
/// [`Line`], and 500 to 506 are also the ordinals of the first `TSPI_` functions
/// (`TSPI_LINEACCEPT` is 500), so a number alone does not say which one is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum ProviderMessage {
    /// The provider created a call on its own, typically an incoming one: `dwParam1` is the
    /// provider's handle for it, and `dwParam2` points to where TAPI writes its own handle.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_NEWCALL` = `0x000001F4`")]
    NewCall = 500,
    /// A device-specific event about a call, which TAPI passes to applications as
    /// `LINE_DEVSPECIFIC` on the call; the parameters are the provider's.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_CALLDEVSPECIFIC` = `0x000001F5`")]
    CallDevSpecific = 501,
    /// A device-specific feature event about a call, passed to applications as
    /// `LINE_DEVSPECIFICFEATURE` on the call; the parameters are the provider's.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_CALLDEVSPECIFICFEATURE` = `0x000001F6`")]
    CallDevSpecificFeature = 502,
    /// The provider asks TAPI to open a dialog of its user-interface DLL on the user's machine:
    /// `dwParam1` points to a `TUISPICREATEDIALOGINSTANCEPARAMS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_CREATEDIALOGINSTANCE` = `0x000001F7`")]
    CreateDialogInstance = 503,
    /// The provider sends data to one of its open dialogs: `dwParam1` is the dialog's TAPI handle,
    /// `dwParam2` points to the data and `dwParam3` is its size in bytes.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_SENDDIALOGINSTANCEDATA` = `0x000001F8`")]
    SendDialogInstanceData = 504,
    /// The provider passes a buffer to a media service provider (MSP): `dwParam1` names the MSP
    /// (0: every one), `dwParam2` points to the buffer and `dwParam3` is its size in bytes. The
    /// provider must have negotiated TAPI 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_SENDMSPDATA` = `0x000001F9`")]
    SendMspData = 505,
    /// The quality of service of a call changed: `dwParam1` says how (a `QOS_EVENT` value) and
    /// `dwParam2` for which media type. The provider must have negotiated TAPI 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINE_QOSINFO` = `0x000001FA`")]
    QosInfo = 506,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Numbers of the messages a telephony service provider sends to TAPI through its `LINEEVENT` callback, defined in `TSPI.h` from `TSPI_MESSAGE_BASE` (500) up.\n\nApplications never receive them: they travel from the provider to TAPI, beside the line and call messages (`LINE_CALLSTATE`, …) that TAPI passes on. They share the `LINE_` prefix with [`Line`], and 500 to 506 are also the ordinals of the first `TSPI_` functions (`TSPI_LINEACCEPT` is 500), so a number alone does not say which one is meant.The provider created a call on its own, typically an incoming one: `dwParam1` is the provider's handle for it, and `dwParam2` points to where TAPI writes its own handle.A device-specific event about a call, which TAPI passes to applications as `LINE_DEVSPECIFIC` on the call; the parameters are the provider's.A device-specific feature event about a call, passed to applications as `LINE_DEVSPECIFICFEATURE` on the call; the parameters are the provider's.The provider asks TAPI to open a dialog of its user-interface DLL on the user's machine: `dwParam1` points to a `TUISPICREATEDIALOGINSTANCEPARAMS`.The provider sends data to one of its open dialogs: `dwParam1` is the dialog's TAPI handle, `dwParam2` points to the data and `dwParam3` is its size in bytes.The provider passes a buffer to a media service provider (MSP): `dwParam1` names the MSP (0: every one), `dwParam2` points to the buffer and `dwParam3` is its size in bytes. The provider must have negotiated TAPI 3.0 or later.The quality of service of a call changed: `dwParam1` says how (a `QOS_EVENT` value) and `dwParam2` for which media type. The provider must have negotiated TAPI 3.0 or later."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Nummern der Nachrichten, die ein Telefonie-Dienstanbieter über seine Callback-Funktion `LINEEVENT` an TAPI sendet, in `TSPI.h` ab `TSPI_MESSAGE_BASE` (500) definiert. Anwendungen erhalten sie nie: Sie gehen vom Anbieter an TAPI, neben den Leitungs- und Anrufnachrichten (`LINE_CALLSTATE`, …), die TAPI weiterreicht. Sie teilen das Präfix `LINE_` mit `Line`, und 500 bis 506 sind auch die Ordnungszahlen der ersten `TSPI_`-Funktionen (`TSPI_LINEACCEPT` ist 500); eine Zahl allein sagt also nicht, welche gemeint ist.Der Anbieter hat selbst einen Anruf angelegt, meist einen eingehenden: `dwParam1` ist das Handle des Anbieters für ihn, und `dwParam2` zeigt auf die Stelle, an die TAPI sein eigenes Handle schreibt.Ein gerätespezifisches Ereignis zu einem Anruf, das TAPI den Anwendungen als `LINE_DEVSPECIFIC` auf dem Anruf weitergibt; die Parameter legt der Anbieter fest.Ein Ereignis zu einem gerätespezifischen Leistungsmerkmal eines Anrufs, das den Anwendungen als `LINE_DEVSPECIFICFEATURE` auf dem Anruf weitergegeben wird; die Parameter legt der Anbieter fest.Der Anbieter bittet TAPI, auf dem Rechner des Benutzers einen Dialog seiner UI-DLL zu öffnen: `dwParam1` zeigt auf eine Struktur `TUISPICREATEDIALOGINSTANCEPARAMS`.Der Anbieter sendet Daten an einen seiner geöffneten Dialoge: `dwParam1` ist das TAPI-Handle des Dialogs, `dwParam2` zeigt auf die Daten und `dwParam3` gibt ihre Größe in Bytes an.Der Anbieter übergibt einem Mediendienstanbieter (MSP) einen Puffer: `dwParam1` bezeichnet den MSP (0: alle), `dwParam2` zeigt auf den Puffer und `dwParam3` gibt seine Größe in Bytes an. Der Anbieter muss TAPI 3.0 oder höher ausgehandelt haben.Die Dienstgüte eines Anrufs hat sich geändert: `dwParam1` sagt, wie (ein Wert von `QOS_EVENT`), und `dwParam2`, für welchen Medientyp. Der Anbieter muss TAPI 3.0 oder höher ausgehandelt haben."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Numéros des messages qu’un fournisseur de services téléphoniques envoie à TAPI par sa fonction de rappel `LINEEVENT`, définis dans `TSPI.h` à partir de `TSPI_MESSAGE_BASE` (500). Les applications ne les reçoivent jamais : ils vont du fournisseur à TAPI, à côté des messages de ligne et d’appel (`LINE_CALLSTATE`, …) que TAPI transmet. Ils partagent le préfixe `LINE_` avec `Line`, et 500 à 506 sont aussi les numéros d’ordre des premières fonctions `TSPI_` (`TSPI_LINEACCEPT` vaut 500) : un nombre seul ne dit donc pas lequel est visé.Le fournisseur a créé un appel de lui-même, en général un appel entrant : `dwParam1` est le handle que le fournisseur lui donne, et `dwParam2` pointe vers l’emplacement où TAPI écrit son propre handle.Un événement propre au périphérique concernant un appel, que TAPI transmet aux applications sous la forme de `LINE_DEVSPECIFIC` sur l’appel ; les paramètres sont ceux du fournisseur.Un événement de fonction propre au périphérique concernant un appel, transmis aux applications sous la forme de `LINE_DEVSPECIFICFEATURE` sur l’appel ; les paramètres sont ceux du fournisseur.Le fournisseur demande à TAPI d’ouvrir une boîte de dialogue de sa DLL d’interface utilisateur sur la machine de l’utilisateur : `dwParam1` pointe vers une structure `TUISPICREATEDIALOGINSTANCEPARAMS`.Le fournisseur envoie des données à l’une de ses boîtes de dialogue ouvertes : `dwParam1` est le handle TAPI de la boîte de dialogue, `dwParam2` pointe vers les données et `dwParam3` en donne la taille en octets.Le fournisseur transmet une mémoire tampon à un fournisseur de services de média (MSP) : `dwParam1` désigne le MSP (0 : tous), `dwParam2` pointe vers la mémoire tampon et `dwParam3` en donne la taille en octets. Le fournisseur doit avoir négocié TAPI 3.0 ou une version ultérieure.La qualité de service d’un appel a changé : `dwParam1` dit comment (une valeur de `QOS_EVENT`) et `dwParam2` pour quel type de média. Le fournisseur doit avoir négocié TAPI 3.0 ou une version ultérieure."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "ProviderMessage",
            prefix: "LINE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("TSPI.h"),
            c_type: __tapi::None,
            known_bits: 511u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINE_NEWCALL",
                    "LINE_CALLDEVSPECIFIC",
                    "LINE_CALLDEVSPECIFICFEATURE",
                    "LINE_CREATEDIALOGINSTANCE",
                    "LINE_SENDDIALOGINSTANCEDATA",
                    "LINE_SENDMSPDATA",
                    "LINE_QOSINFO",
                ],
                bits: &[500u64, 501u64, 502u64, 503u64, 504u64, 505u64, 506u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xF3\x01\0\0\0\0\0\0\x07\x02\0\0\0\0\0\0/\x02\0\0\xFF\xFF\0\0\0\0\xF3\x01\0\0\xA9\0\0\0\x07\x02\0\0\xC7\0\0\0/\x02\0\0\xD2\0\0\0\xFF\xFF\0\0\0\0\x9C\x02\0\0\x8D\0\0\0\xCE\x02\0\0\xA0\0\0\0\x01\x03\0\0\xBD\0\0\0\xFF\xFF\0\0\0\0)\x03\0\0\x91\0\0\0n\x03\0\0\xC2\0\0\0\xBE\x03\0\0\xC7\0\0\0\xFF\xFF\0\0\0\0\xBA\x03\0\0\x93\0\0\x000\x04\0\0\xA5\0\0\0\x85\x04\0\0\xD1\0\0\0\xFF\xFF\0\0\0\0M\x04\0\0\x9E\0\0\0\xD5\x04\0\0\xB7\0\0\0V\x05\0\0\xDB\0\0\0\x03\0\0\0\0\0\xEB\x04\0\0\xE2\0\0\0\x8C\x05\0\0\xF8\0\0\x001\x06\0\0!\x01\0\0\x03\0\0\0\0\0\xCD\x05\0\0\xAD\0\0\0\x84\x06\0\0\xC4\0\0\0R\x07\0\0\xD3\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINE_NEWCALL",
                        "LINE_CALLDEVSPECIFIC",
                        "LINE_CALLDEVSPECIFICFEATURE",
                        "LINE_CREATEDIALOGINSTANCE",
                        "LINE_SENDDIALOGINSTANCEDATA",
                        "LINE_SENDMSPDATA",
                        "LINE_QOSINFO",
                        "NEWCALL",
                        "CALLDEVSPECIFIC",
                        "CALLDEVSPECIFICFEATURE",
                        "CREATEDIALOGINSTANCE",
                        "SENDDIALOGINSTANCEDATA",
                        "SENDMSPDATA",
                        "QOSINFO",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 14034536242950986010u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\x0B\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\x07\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINE_` family (enumeration, `i32`); requires TAPI 2.0; defined in `TSPI.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINE_NEWCALL` | `0x000001F4` |  |\n| `LINE_CALLDEVSPECIFIC` | `0x000001F5` |  |\n| `LINE_CALLDEVSPECIFICFEATURE` | `0x000001F6` |  |\n| `LINE_CREATEDIALOGINSTANCE` | `0x000001F7` |  |\n| `LINE_SENDDIALOGINSTANCEDATA` | `0x000001F8` |  |\n| `LINE_SENDMSPDATA` | `0x000001F9` | TAPI 3.0 |\n| `LINE_QOSINFO` | `0x000001FA` | TAPI 3.0 |\n\n# Deutsch\n\nNummern der Nachrichten, die ein Telefonie-Dienstanbieter über seine Callback-Funktion `LINEEVENT` an TAPI sendet, in `TSPI.h` ab `TSPI_MESSAGE_BASE` (500) definiert. Anwendungen erhalten sie nie: Sie gehen vom Anbieter an TAPI, neben den Leitungs- und Anrufnachrichten (`LINE_CALLSTATE`, …), die TAPI weiterreicht. Sie teilen das Präfix `LINE_` mit `Line`, und 500 bis 506 sind auch die Ordnungszahlen der ersten `TSPI_`-Funktionen (`TSPI_LINEACCEPT` ist 500); eine Zahl allein sagt also nicht, welche gemeint ist.\n\n- `LINE_NEWCALL`: Der Anbieter hat selbst einen Anruf angelegt, meist einen eingehenden: `dwParam1` ist das Handle des Anbieters für ihn, und `dwParam2` zeigt auf die Stelle, an die TAPI sein eigenes Handle schreibt.\n- `LINE_CALLDEVSPECIFIC`: Ein gerätespezifisches Ereignis zu einem Anruf, das TAPI den Anwendungen als `LINE_DEVSPECIFIC` auf dem Anruf weitergibt; die Parameter legt der Anbieter fest.\n- `LINE_CALLDEVSPECIFICFEATURE`: Ein Ereignis zu einem gerätespezifischen Leistungsmerkmal eines Anrufs, das den Anwendungen als `LINE_DEVSPECIFICFEATURE` auf dem Anruf weitergegeben wird; die Parameter legt der Anbieter fest.\n- `LINE_CREATEDIALOGINSTANCE`: Der Anbieter bittet TAPI, auf dem Rechner des Benutzers einen Dialog seiner UI-DLL zu öffnen: `dwParam1` zeigt auf eine Struktur `TUISPICREATEDIALOGINSTANCEPARAMS`.\n- `LINE_SENDDIALOGINSTANCEDATA`: Der Anbieter sendet Daten an einen seiner geöffneten Dialoge: `dwParam1` ist das TAPI-Handle des Dialogs, `dwParam2` zeigt auf die Daten und `dwParam3` gibt ihre Größe in Bytes an.\n- `LINE_SENDMSPDATA`: Der Anbieter übergibt einem Mediendienstanbieter (MSP) einen Puffer: `dwParam1` bezeichnet den MSP (0: alle), `dwParam2` zeigt auf den Puffer und `dwParam3` gibt seine Größe in Bytes an. Der Anbieter muss TAPI 3.0 oder höher ausgehandelt haben.\n- `LINE_QOSINFO`: Die Dienstgüte eines Anrufs hat sich geändert: `dwParam1` sagt, wie (ein Wert von `QOS_EVENT`), und `dwParam2`, für welchen Medientyp. Der Anbieter muss TAPI 3.0 oder höher ausgehandelt haben.\n\n# Français\n\nNuméros des messages qu’un fournisseur de services téléphoniques envoie à TAPI par sa fonction de rappel `LINEEVENT`, définis dans `TSPI.h` à partir de `TSPI_MESSAGE_BASE` (500). Les applications ne les reçoivent jamais : ils vont du fournisseur à TAPI, à côté des messages de ligne et d’appel (`LINE_CALLSTATE`, …) que TAPI transmet. Ils partagent le préfixe `LINE_` avec `Line`, et 500 à 506 sont aussi les numéros d’ordre des premières fonctions `TSPI_` (`TSPI_LINEACCEPT` vaut 500) : un nombre seul ne dit donc pas lequel est visé.\n\n- `LINE_NEWCALL`: Le fournisseur a créé un appel de lui-même, en général un appel entrant : `dwParam1` est le handle que le fournisseur lui donne, et `dwParam2` pointe vers l’emplacement où TAPI écrit son propre handle.\n- `LINE_CALLDEVSPECIFIC`: Un événement propre au périphérique concernant un appel, que TAPI transmet aux applications sous la forme de `LINE_DEVSPECIFIC` sur l’appel ; les paramètres sont ceux du fournisseur.\n- `LINE_CALLDEVSPECIFICFEATURE`: Un événement de fonction propre au périphérique concernant un appel, transmis aux applications sous la forme de `LINE_DEVSPECIFICFEATURE` sur l’appel ; les paramètres sont ceux du fournisseur.\n- `LINE_CREATEDIALOGINSTANCE`: Le fournisseur demande à TAPI d’ouvrir une boîte de dialogue de sa DLL d’interface utilisateur sur la machine de l’utilisateur : `dwParam1` pointe vers une structure `TUISPICREATEDIALOGINSTANCEPARAMS`.\n- `LINE_SENDDIALOGINSTANCEDATA`: Le fournisseur envoie des données à l’une de ses boîtes de dialogue ouvertes : `dwParam1` est le handle TAPI de la boîte de dialogue, `dwParam2` pointe vers les données et `dwParam3` en donne la taille en octets.\n- `LINE_SENDMSPDATA`: Le fournisseur transmet une mémoire tampon à un fournisseur de services de média (MSP) : `dwParam1` désigne le MSP (0 : tous), `dwParam2` pointe vers la mémoire tampon et `dwParam3` en donne la taille en octets. Le fournisseur doit avoir négocié TAPI 3.0 ou une version ultérieure.\n- `LINE_QOSINFO`: La qualité de service d’un appel a changé : `dwParam1` dit comment (une valeur de `QOS_EVENT`) et `dwParam2` pour quel type de média. Le fournisseur doit avoir négocié TAPI 3.0 ou une version ultérieure.\n"
    )]
    impl ProviderMessage {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NewCall,
            Self::CallDevSpecific,
            Self::CallDevSpecificFeature,
            Self::CreateDialogInstance,
            Self::SendDialogInstanceData,
            Self::SendMspData,
            Self::QosInfo,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::i32 {
            self as ::core::primitive::i32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::i32,
        ) -> ::core::option::Option<Self> {
            match value {
                500 => __tapi::Some(Self::NewCall),
                501 => __tapi::Some(Self::CallDevSpecific),
                502 => __tapi::Some(Self::CallDevSpecificFeature),
                503 => __tapi::Some(Self::CreateDialogInstance),
                504 => __tapi::Some(Self::SendDialogInstanceData),
                505 => __tapi::Some(Self::SendMspData),
                506 => __tapi::Some(Self::QosInfo),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINE_NEWCALL`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            (self as ::core::primitive::i32).wrapping_sub(500) as ::core::primitive::u32
                as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for ProviderMessage {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<ProviderMessage> for ::core::primitive::i32 {
        #[inline]
        fn from(member: ProviderMessage) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for ProviderMessage {
        type Error = ::tapi_consts::UnknownValueError<ProviderMessage>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for ProviderMessage {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for ProviderMessage {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(ProviderMessage, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(ProviderMessage);
};
///The `LINE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_providermessage {
    #[cfg_attr(
        doc,
        doc = "The value of [`ProviderMessage::NewCall`](super::ProviderMessage::NewCall)."
    )]
    pub const LINE_NEWCALL: ::core::primitive::i32 = 500;
    #[cfg_attr(
        doc,
        doc = "The value of [`ProviderMessage::CallDevSpecific`](super::ProviderMessage::CallDevSpecific)."
    )]
    pub const LINE_CALLDEVSPECIFIC: ::core::primitive::i32 = 501;
    #[cfg_attr(
        doc,
        doc = "The value of [`ProviderMessage::CallDevSpecificFeature`](super::ProviderMessage::CallDevSpecificFeature)."
    )]
    pub const LINE_CALLDEVSPECIFICFEATURE: ::core::primitive::i32 = 502;
    #[cfg_attr(
        doc,
        doc = "The value of [`ProviderMessage::CreateDialogInstance`](super::ProviderMessage::CreateDialogInstance)."
    )]
    pub const LINE_CREATEDIALOGINSTANCE: ::core::primitive::i32 = 503;
    #[cfg_attr(
        doc,
        doc = "The value of [`ProviderMessage::SendDialogInstanceData`](super::ProviderMessage::SendDialogInstanceData)."
    )]
    pub const LINE_SENDDIALOGINSTANCEDATA: ::core::primitive::i32 = 504;
    #[cfg_attr(
        doc,
        doc = "The value of [`ProviderMessage::SendMspData`](super::ProviderMessage::SendMspData)."
    )]
    pub const LINE_SENDMSPDATA: ::core::primitive::i32 = 505;
    #[cfg_attr(
        doc,
        doc = "The value of [`ProviderMessage::QosInfo`](super::ProviderMessage::QosInfo)."
    )]
    pub const LINE_QOSINFO: ::core::primitive::i32 = 506;
}
