// @generated from tapi-consts/families/tapi3/address_call.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! TAPI 3 enumerations of `Tapi3if.h`, A to C: address capabilities, states and events; call
//! states, privileges, media and notification events; call hubs; selectors of call information.
/// Selects the numeric capability of an address that `ITAddressCapabilities::get_AddressCapability`
/// returns. Most members stand for a member of the TAPI 2 `LINEADDRESSCAPS` or `LINEDEVCAPS`
/// structure, and the value read back is a count, a limit or a set of TAPI 2 flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AddressCapability {
    /// The address formats the address supports, as `LINEADDRESSTYPE_` flags; a call created with
    /// `ITAddress::CreateCall` uses only one of them.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_ADDRESSTYPES` = `0x00000000`")]
    AddressTypes = 0,
    /// The bearer modes the address supports, as `LINEBEARERMODE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_BEARERMODES` = `0x00000001`")]
    BearerModes = 1,
    /// The largest number of minimum-bandwidth calls that can be connected on the line at the same
    /// time; calls that need more bandwidth lower the real limit.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MAXACTIVECALLS` = `0x00000002`")]
    MaxActiveCalls = 2,
    /// The largest number of calls that can be on hold at the same time.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MAXONHOLDCALLS` = `0x00000003`")]
    MaxOnHoldCalls = 3,
    /// The largest number of calls that can be on hold at the same time while a transfer or a
    /// conference is pending.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MAXONHOLDPENDINGCALLS` = `0x00000004`")]
    MaxOnHoldPendingCalls = 4,
    /// The largest number of parties that one conference call on this address can hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MAXNUMCONFERENCE` = `0x00000005`")]
    MaxNumConference = 5,
    /// The number of parties, the local one included, that a conference started as a consultation
    /// call through `ITBasicCallControl::Transfer` and then `ITBasicCallControl::Finish` with
    /// `FM_ASCONFERENCE` can hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MAXNUMTRANSCONF` = `0x00000006`")]
    MaxNumTransConf = 6,
    /// The digit modes the address can detect, as `LINEDIGITMODE_` flags; when no flag is set,
    /// digit monitoring is not available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MONITORDIGITSUPPORT` = `0x00000007`")]
    MonitorDigitSupport = 7,
    /// The digit modes the address can generate, `LINEDIGITMODE_PULSE` and `LINEDIGITMODE_DTMF`;
    /// when no flag is set, digit generation is not available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_GENERATEDIGITSUPPORT` = `0x00000008`")]
    GenerateDigitSupport = 8,
    /// The kinds of tone the line can generate, as `LINETONEMODE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_GENERATETONEMODES` = `0x00000009`")]
    GenerateToneModes = 9,
    /// The largest number of frequencies that can make up a custom tone to generate.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_GENERATETONEMAXNUMFREQ` = `0x0000000A`")]
    GenerateToneMaxNumFreq = 10,
    /// The largest number of frequencies that can make up a custom tone to detect; zero means that
    /// tone monitoring is not available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MONITORTONEMAXNUMFREQ` = `0x0000000B`")]
    MonitorToneMaxNumFreq = 11,
    /// The largest number of entries in a list of tones to detect.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MONITORTONEMAXNUMENTRIES` = `0x0000000C`")]
    MonitorToneMaxNumEntries = 12,
    /// The yes/no capabilities of the line device, as `LINEDEVCAPFLAGS_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_DEVCAPFLAGS` = `0x0000000D`")]
    DevCapFlags = 13,
    /// What becomes of the active call when another call is answered, as `LINEANSWERMODE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_ANSWERMODES` = `0x0000000E`")]
    AnswerModes = 14,
    /// The `LINEFEATURE_` operations the line can ever offer: a set bit means the operation may be
    /// available when the line is in a suitable state and opened in a compatible mode, a clear bit
    /// that it never is.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_LINEFEATURES` = `0x0000000F`")]
    LineFeatures = 15,
    /// The items of the line device status, as `LINEDEVSTATUSFLAGS_` flags, that an application may
    /// change.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_SETTABLEDEVSTATUS` = `0x00000010`")]
    SettableDevStatus = 16,
    /// The ways calls can be parked on the address, as `LINEPARKMODE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_PARKSUPPORT` = `0x00000011`")]
    ParkSupport = 17,
    /// How the address can report the identity of the caller, as `LINECALLPARTYID_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_CALLERIDSUPPORT` = `0x00000012`")]
    CallerIdSupport = 18,
    /// How the address can report the identity of the called party, as `LINECALLPARTYID_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_CALLEDIDSUPPORT` = `0x00000013`")]
    CalledIdSupport = 19,
    /// How the address can report the identity of the party the call is actually connected to, as
    /// `LINECALLPARTYID_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_CONNECTEDIDSUPPORT` = `0x00000014`")]
    ConnectedIdSupport = 20,
    /// How the address can report the identity of the destination a call was redirected to, as
    /// `LINECALLPARTYID_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_REDIRECTIONIDSUPPORT` = `0x00000015`")]
    RedirectionIdSupport = 21,
    /// How the address can report the identity of the party that redirected a call, as
    /// `LINECALLPARTYID_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_REDIRECTINGIDSUPPORT` = `0x00000016`")]
    RedirectingIdSupport = 22,
    /// The yes/no capabilities of the address, as `LINEADDRCAPFLAGS_` flags, such as whether a ring
    /// count can be given when forwarding on no answer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_ADDRESSCAPFLAGS` = `0x00000017`")]
    AddressCapFlags = 23,
    /// The call operations the address supports, as `LINECALLFEATURE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_CALLFEATURES1` = `0x00000018`")]
    CallFeatures1 = 24,
    /// The supplementary conference, transfer and park operations the address supports, as
    /// `LINECALLFEATURE2_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_CALLFEATURES2` = `0x00000019`")]
    CallFeatures2 = 25,
    /// Whether calls can be removed from a conference on this address, and which ones (any, or only
    /// the last one added), as a `LINEREMOVEFROMCONF_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_REMOVEFROMCONFCAPS` = `0x0000001A`")]
    RemoveFromConfCaps = 26,
    /// The `LINECALLSTATE_` state a call enters once it has been removed from a conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_REMOVEFROMCONFSTATE` = `0x0000001B`")]
    RemoveFromConfState = 27,
    /// The ways the address can complete a transfer, as `LINETRANSFERMODE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_TRANSFERMODES` = `0x0000001C`")]
    TransferModes = 28,
    /// The operations that can be invoked on the address, as `LINEADDRFEATURE_` flags;
    /// `LINEADDRFEATURE_FORWARD`, for example, means that the address can be forwarded.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_ADDRESSFEATURES` = `0x0000001D`")]
    AddressFeatures = 29,
    /// The `LINECALLSTATE_` states in which a call placed by a predictive dialer can be handed over
    /// automatically to another address; zero means that no such transfer is available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_PREDICTIVEAUTOTRANSFERSTATES` = `0x0000001E`")]
    PredictiveAutoTransferStates = 30,
    /// The largest call data block, in bytes, that the address accepts.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MAXCALLDATASIZE` = `0x0000001F`")]
    MaxCallDataSize = 31,
    /// The device identifier of the line device the address belongs to.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_LINEID` = `0x00000020`")]
    LineId = 32,
    /// The address identifier, which stays tied to the address, even across operating system
    /// upgrades.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_ADDRESSID` = `0x00000021`")]
    AddressId = 33,
    /// The kinds of forwarding the address supports, as `LINEFORWARDMODE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_FORWARDMODES` = `0x00000022`")]
    ForwardModes = 34,
    /// The largest number of distinct forwarding entries the address supports.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MAXFORWARDENTRIES` = `0x00000023`")]
    MaxForwardEntries = 35,
    /// The largest number of forwarding entries that apply to one particular caller (selective
    /// forwarding), set with `ITForwardInformation::SetForwardType`; zero means that selective
    /// forwarding is not supported.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MAXSPECIFICENTRIES` = `0x00000024`")]
    MaxSpecificEntries = 36,
    /// The smallest number of rings that can be set before an unanswered call counts as not
    /// answered.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MINFWDNUMRINGS` = `0x00000025`")]
    MinFwdNumRings = 37,
    /// The largest number of rings that can be set before an unanswered call counts as not
    /// answered.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MAXFWDNUMRINGS` = `0x00000026`")]
    MaxFwdNumRings = 38,
    /// The largest number of call completion requests that can be outstanding at the same time on
    /// the address; zero means that call completion is not available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_MAXCALLCOMPLETIONS` = `0x00000027`")]
    MaxCallCompletions = 39,
    /// The conditions under which call completion can be requested, as `LINECALLCOMPLCOND_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_CALLCOMPLETIONCONDITIONS` = `0x00000028`")]
    CallCompletionConditions = 40,
    /// The kinds of call completion the address supports, as `LINECALLCOMPLMODE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_CALLCOMPLETIONMODES` = `0x00000029`")]
    CallCompletionModes = 41,
    /// The permanent identifier of the line device in the system configuration; it does not change
    /// when other lines are added or removed, and all addresses of the line share it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_PERMANENTDEVICEID` = `0x0000002A`")]
    PermanentDeviceId = 42,
    /// The shortest timeout, in milliseconds, that digit gathering accepts, as in
    /// `dwGatherDigitsMinTimeout` of `LINEDEVCAPS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_GATHERDIGITSMINTIMEOUT` = `0x0000002B`")]
    GatherDigitsMinTimeout = 43,
    /// The longest timeout, in milliseconds, that digit gathering accepts, as in
    /// `dwGatherDigitsMaxTimeout` of `LINEDEVCAPS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_GATHERDIGITSMAXTIMEOUT` = `0x0000002C`")]
    GatherDigitsMaxTimeout = 44,
    /// The shortest duration, in milliseconds, of a generated digit, as in the digit duration of
    /// `MinDialParams` in `LINEDEVCAPS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_GENERATEDIGITMINDURATION` = `0x0000002D`")]
    GenerateDigitMinDuration = 45,
    /// The longest duration, in milliseconds, of a generated digit, as in the digit duration of
    /// `MaxDialParams` in `LINEDEVCAPS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_GENERATEDIGITMAXDURATION` = `0x0000002E`")]
    GenerateDigitMaxDuration = 46,
    /// The default duration, in milliseconds, of a generated digit, as in the digit duration of
    /// `DefaultDialParams` in `LINEDEVCAPS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AC_GENERATEDIGITDEFAULTDURATION` = `0x0000002F`")]
    GenerateDigitDefaultDuration = 47,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Selects the numeric capability of an address that `ITAddressCapabilities::get_AddressCapability` returns. Most members stand for a member of the TAPI 2 `LINEADDRESSCAPS` or `LINEDEVCAPS` structure, and the value read back is a count, a limit or a set of TAPI 2 flags.The address formats the address supports, as `LINEADDRESSTYPE_` flags; a call created with `ITAddress::CreateCall` uses only one of them.The bearer modes the address supports, as `LINEBEARERMODE_` flags.The largest number of minimum-bandwidth calls that can be connected on the line at the same time; calls that need more bandwidth lower the real limit.The largest number of calls that can be on hold at the same time.The largest number of calls that can be on hold at the same time while a transfer or a conference is pending.The largest number of parties that one conference call on this address can hold.The number of parties, the local one included, that a conference started as a consultation call through `ITBasicCallControl::Transfer` and then `ITBasicCallControl::Finish` with `FM_ASCONFERENCE` can hold.The digit modes the address can detect, as `LINEDIGITMODE_` flags; when no flag is set, digit monitoring is not available.The digit modes the address can generate, `LINEDIGITMODE_PULSE` and `LINEDIGITMODE_DTMF`; when no flag is set, digit generation is not available.The kinds of tone the line can generate, as `LINETONEMODE_` flags.The largest number of frequencies that can make up a custom tone to generate.The largest number of frequencies that can make up a custom tone to detect; zero means that tone monitoring is not available.The largest number of entries in a list of tones to detect.The yes/no capabilities of the line device, as `LINEDEVCAPFLAGS_` flags.What becomes of the active call when another call is answered, as `LINEANSWERMODE_` flags.The `LINEFEATURE_` operations the line can ever offer: a set bit means the operation may be available when the line is in a suitable state and opened in a compatible mode, a clear bit that it never is.The items of the line device status, as `LINEDEVSTATUSFLAGS_` flags, that an application may change.The ways calls can be parked on the address, as `LINEPARKMODE_` flags.How the address can report the identity of the caller, as `LINECALLPARTYID_` flags.How the address can report the identity of the called party, as `LINECALLPARTYID_` flags.How the address can report the identity of the party the call is actually connected to, as `LINECALLPARTYID_` flags.How the address can report the identity of the destination a call was redirected to, as `LINECALLPARTYID_` flags.How the address can report the identity of the party that redirected a call, as `LINECALLPARTYID_` flags.The yes/no capabilities of the address, as `LINEADDRCAPFLAGS_` flags, such as whether a ring count can be given when forwarding on no answer.The call operations the address supports, as `LINECALLFEATURE_` flags.The supplementary conference, transfer and park operations the address supports, as `LINECALLFEATURE2_` flags.Whether calls can be removed from a conference on this address, and which ones (any, or only the last one added), as a `LINEREMOVEFROMCONF_` value.The `LINECALLSTATE_` state a call enters once it has been removed from a conference.The ways the address can complete a transfer, as `LINETRANSFERMODE_` flags.The operations that can be invoked on the address, as `LINEADDRFEATURE_` flags; `LINEADDRFEATURE_FORWARD`, for example, means that the address can be forwarded.The `LINECALLSTATE_` states in which a call placed by a predictive dialer can be handed over automatically to another address; zero means that no such transfer is available.The largest call data block, in bytes, that the address accepts.The device identifier of the line device the address belongs to.The address identifier, which stays tied to the address, even across operating system upgrades.The kinds of forwarding the address supports, as `LINEFORWARDMODE_` flags.The largest number of distinct forwarding entries the address supports.The largest number of forwarding entries that apply to one particular caller (selective forwarding), set with `ITForwardInformation::SetForwardType`; zero means that selective forwarding is not supported.The smallest number of rings that can be set before an unanswered call counts as not answered.The largest number of rings that can be set before an unanswered call counts as not answered.The largest number of call completion requests that can be outstanding at the same time on the address; zero means that call completion is not available.The conditions under which call completion can be requested, as `LINECALLCOMPLCOND_` flags.The kinds of call completion the address supports, as `LINECALLCOMPLMODE_` flags.The permanent identifier of the line device in the system configuration; it does not change when other lines are added or removed, and all addresses of the line share it.The shortest timeout, in milliseconds, that digit gathering accepts, as in `dwGatherDigitsMinTimeout` of `LINEDEVCAPS`.The longest timeout, in milliseconds, that digit gathering accepts, as in `dwGatherDigitsMaxTimeout` of `LINEDEVCAPS`.The shortest duration, in milliseconds, of a generated digit, as in the digit duration of `MinDialParams` in `LINEDEVCAPS`.The longest duration, in milliseconds, of a generated digit, as in the digit duration of `MaxDialParams` in `LINEDEVCAPS`.The default duration, in milliseconds, of a generated digit, as in the digit duration of `DefaultDialParams` in `LINEDEVCAPS`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Wählt die numerische Fähigkeit einer Adresse aus, die `ITAddressCapabilities::get_AddressCapability` liefert. Die meisten Mitglieder entsprechen einem Feld der TAPI-2-Strukturen `LINEADDRESSCAPS` oder `LINEDEVCAPS`, und der zurückgelesene Wert ist eine Anzahl, ein Grenzwert oder eine Menge von TAPI-2-Bits.Die von der Adresse unterstützten Adressformate als Bits `LINEADDRESSTYPE_`; ein mit `ITAddress::CreateCall` angelegter Anruf verwendet nur eines davon.Die von der Adresse unterstützten Trägermodi als Bits `LINEBEARERMODE_`.Die Höchstzahl von Anrufen mit minimaler Bandbreite, die gleichzeitig auf der Leitung verbunden sein können; Anrufe, die mehr Bandbreite benötigen, senken die tatsächliche Grenze.Die Höchstzahl von Anrufen, die gleichzeitig gehalten werden können.Die Höchstzahl von Anrufen, die gleichzeitig gehalten werden können, während eine Übergabe oder eine Konferenz ansteht.Die Höchstzahl von Teilnehmern, die ein einzelner Konferenzanruf auf dieser Adresse umfassen kann.Die Anzahl der Teilnehmer einschließlich des lokalen, die eine Konferenz umfassen kann, die als Rückfrageanruf mit `ITBasicCallControl::Transfer` und anschließend `ITBasicCallControl::Finish` mit `FM_ASCONFERENCE` begonnen wurde.Die Wahlverfahren, deren Ziffern die Adresse erkennen kann, als Bits `LINEDIGITMODE_`; ist kein Bit gesetzt, steht die Ziffernüberwachung nicht zur Verfügung.Die Wahlverfahren, mit denen die Adresse Ziffern erzeugen kann, `LINEDIGITMODE_PULSE` und `LINEDIGITMODE_DTMF`; ist kein Bit gesetzt, steht die Ziffernerzeugung nicht zur Verfügung.Die Tonarten, die die Leitung erzeugen kann, als Bits `LINETONEMODE_`.Die Höchstzahl von Frequenzen, aus denen ein zu erzeugender benutzerdefinierter Ton bestehen kann.Die Höchstzahl von Frequenzen, aus denen ein zu erkennender benutzerdefinierter Ton bestehen kann; der Wert 0 bedeutet, dass die Tonüberwachung nicht zur Verfügung steht.Die Höchstzahl von Einträgen in einer Liste zu erkennender Töne.Die Ja/Nein-Fähigkeiten des Leitungsgeräts als Bits `LINEDEVCAPFLAGS_`.Was mit dem aktiven Anruf geschieht, wenn ein weiterer Anruf angenommen wird, als Bits `LINEANSWERMODE_`.Die Operationen `LINEFEATURE_`, die die Leitung überhaupt anbieten kann: Ein gesetztes Bit bedeutet, dass die Operation verfügbar sein kann, wenn sich die Leitung in einem geeigneten Zustand befindet und in einem kompatiblen Modus geöffnet ist, ein nicht gesetztes Bit, dass sie es nie ist.Die Statusbits des Leitungsgeräts (Bits `LINEDEVSTATUSFLAGS_`), die eine Anwendung ändern kann.Die Arten, auf die Anrufe auf der Adresse geparkt werden können, als Bits `LINEPARKMODE_`.Wie die Adresse die Kennungsangaben des Anrufers melden kann, als Bits `LINECALLPARTYID_`.Wie die Adresse die Kennungsangaben des angerufenen Teilnehmers melden kann, als Bits `LINECALLPARTYID_`.Wie die Adresse die Kennungsangaben des Teilnehmers melden kann, mit dem der Anruf tatsächlich verbunden ist, als Bits `LINECALLPARTYID_`.Wie die Adresse die Kennungsangaben des Umleitungsziels eines Anrufs melden kann, als Bits `LINECALLPARTYID_`.Wie die Adresse die Kennungsangaben des Teilnehmers melden kann, der einen Anruf umgeleitet hat, als Bits `LINECALLPARTYID_`.Die Ja/Nein-Fähigkeiten der Adresse als Bits `LINEADDRCAPFLAGS_`, etwa ob sich für die Rufumleitung bei Nichtmelden eine Anzahl von Klingelzeichen angeben lässt.Die von der Adresse unterstützten Anrufoperationen als Bits `LINECALLFEATURE_`.Die von der Adresse unterstützten zusätzlichen Operationen für Konferenz, Übergabe und Parken als Bits `LINECALLFEATURE2_`.Ob auf dieser Adresse Anrufe aus einer Konferenz entfernt werden können und welche (jeder beliebige oder nur der zuletzt hinzugefügte), als Wert `LINEREMOVEFROMCONF_`.Der Zustand `LINECALLSTATE_`, in den ein Anruf wechselt, nachdem er aus einer Konferenz entfernt wurde.Die Arten, auf die die Adresse eine Übergabe abschließen kann, als Bits `LINETRANSFERMODE_`.Die Operationen, die auf der Adresse aufgerufen werden können, als Bits `LINEADDRFEATURE_`; `LINEADDRFEATURE_FORWARD` etwa bedeutet, dass für die Adresse eine Rufumleitung eingerichtet werden kann.Die Zustände `LINECALLSTATE_`, in denen ein per vorausschauender Wahl (Predictive Dialing) getätigter Anruf automatisch an eine andere Adresse übergeben werden kann; der Wert 0 bedeutet, dass eine solche Übergabe nicht verfügbar ist.Die maximale Größe des Anrufdatenblocks in Bytes, die die Adresse akzeptiert.Die Gerätekennung des Leitungsgeräts, zu dem die Adresse gehört.Die Kennung der Adresse, die fest an diese gebunden bleibt, auch über Aktualisierungen des Betriebssystems hinweg.Die von der Adresse unterstützten Arten der Rufumleitung als Bits `LINEFORWARDMODE_`.Die Höchstzahl unterschiedlicher Einträge für die Rufumleitung, die die Adresse unterstützt.Die Höchstzahl von Einträgen für die Rufumleitung, die für einen bestimmten Anrufer gelten (selektive Rufumleitung) und mit `ITForwardInformation::SetForwardType` festgelegt werden; der Wert 0 bedeutet, dass die selektive Rufumleitung nicht unterstützt wird.Die kleinste Anzahl von Klingelzeichen, die sich einstellen lässt, bevor ein unbeantworteter Anruf als nicht angenommen gilt.Die größte Anzahl von Klingelzeichen, die sich einstellen lässt, bevor ein unbeantworteter Anruf als nicht angenommen gilt.Die Höchstzahl von Anforderungen zur Anrufvervollständigung, die auf der Adresse gleichzeitig ausstehen können; der Wert 0 bedeutet, dass die Anrufvervollständigung nicht verfügbar ist.Die Bedingungen, unter denen eine Anrufvervollständigung angefordert werden kann, als Bits `LINECALLCOMPLCOND_`.Die von der Adresse unterstützten Arten der Anrufvervollständigung als Bits `LINECALLCOMPLMODE_`.Die permanente Kennung des Leitungsgeräts in der Systemkonfiguration; sie ändert sich nicht, wenn andere Leitungen hinzugefügt oder entfernt werden, und alle Adressen der Leitung teilen sie.Das kürzeste Zeitlimit in Millisekunden, das die Ziffernerfassung akzeptiert, wie `dwGatherDigitsMinTimeout` von `LINEDEVCAPS`.Das längste Zeitlimit in Millisekunden, das die Ziffernerfassung akzeptiert, wie `dwGatherDigitsMaxTimeout` von `LINEDEVCAPS`.Die kürzeste Dauer einer erzeugten Ziffer in Millisekunden, wie die Dauer der Ziffern in `MinDialParams` von `LINEDEVCAPS`.Die längste Dauer einer erzeugten Ziffer in Millisekunden, wie die Dauer der Ziffern in `MaxDialParams` von `LINEDEVCAPS`.Die Standarddauer einer erzeugten Ziffer in Millisekunden, wie die Dauer der Ziffern in `DefaultDialParams` von `LINEDEVCAPS`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Désigne la capacité numérique d’une adresse que renvoie `ITAddressCapabilities::get_AddressCapability`. La plupart des membres correspondent à un membre des structures `LINEADDRESSCAPS` ou `LINEDEVCAPS` de TAPI 2, et la valeur lue est un nombre, une limite ou un ensemble d’indicateurs de TAPI 2.Formats d’adresse pris en charge par l’adresse, sous forme d’indicateurs `LINEADDRESSTYPE_` ; un appel créé avec `ITAddress::CreateCall` n’en utilise qu’un.Modes porteurs pris en charge par l’adresse, sous forme d’indicateurs `LINEBEARERMODE_`.Nombre maximal d’appels à bande passante minimale pouvant être connectés en même temps sur la ligne ; des appels qui demandent plus de bande passante abaissent la limite réelle.Nombre maximal d’appels pouvant être en attente en même temps.Nombre maximal d’appels pouvant être en attente en même temps dans l’attente d’un transfert ou d’une conférence.Nombre maximal de participants que peut compter une même conférence sur cette adresse.Nombre de participants, poste local compris, que peut compter une conférence lancée comme appel de consultation par `ITBasicCallControl::Transfer` puis `ITBasicCallControl::Finish` avec `FM_ASCONFERENCE`.Modes de signalisation des chiffres que l’adresse sait détecter, sous forme d’indicateurs `LINEDIGITMODE_` ; si aucun indicateur n’est présent, la détection des chiffres n’est pas disponible.Modes de signalisation des chiffres que l’adresse sait générer, `LINEDIGITMODE_PULSE` et `LINEDIGITMODE_DTMF` ; si aucun indicateur n’est présent, la génération de chiffres n’est pas disponible.Types de tonalité que la ligne sait générer, sous forme d’indicateurs `LINETONEMODE_`.Nombre maximal de fréquences pouvant composer une tonalité personnalisée à générer.Nombre maximal de fréquences pouvant composer une tonalité personnalisée à détecter ; zéro signifie que la détection des tonalités n’est pas disponible.Nombre maximal d’entrées d’une liste de tonalités à détecter.Capacités booléennes du périphérique de ligne, sous forme d’indicateurs `LINEDEVCAPFLAGS_`.Sort réservé à l’appel actif lorsqu’un autre appel est pris, sous forme d’indicateurs `LINEANSWERMODE_`.Fonctions `LINEFEATURE_` que la ligne peut offrir : un bit à 1 signifie que la fonction peut être disponible lorsque la ligne est dans un état adéquat et ouverte dans un mode compatible, un bit à 0 qu’elle ne l’est jamais.Éléments de l’état du périphérique de ligne, sous forme d’indicateurs `LINEDEVSTATUSFLAGS_`, qu’une application peut modifier.Modes de parcage des appels disponibles sur l’adresse, sous forme d’indicateurs `LINEPARKMODE_`.Façons dont l’adresse peut fournir l’identité de l’appelant, sous forme d’indicateurs `LINECALLPARTYID_`.Façons dont l’adresse peut fournir l’identité du correspondant appelé, sous forme d’indicateurs `LINECALLPARTYID_`.Façons dont l’adresse peut fournir l’identité du correspondant auquel l’appel est réellement connecté, sous forme d’indicateurs `LINECALLPARTYID_`.Façons dont l’adresse peut fournir l’identité de la destination de la redirection, sous forme d’indicateurs `LINECALLPARTYID_`.Façons dont l’adresse peut fournir l’identité du correspondant qui a redirigé l’appel, sous forme d’indicateurs `LINECALLPARTYID_`.Capacités booléennes de l’adresse, sous forme d’indicateurs `LINEADDRCAPFLAGS_`, par exemple la possibilité de fixer le nombre de sonneries d’un renvoi sur non-réponse.Fonctions d’appel que l’adresse prend en charge, sous forme d’indicateurs `LINECALLFEATURE_`.Fonctions complémentaires de conférence, de transfert et de parcage que l’adresse prend en charge, sous forme d’indicateurs `LINECALLFEATURE2_`.Possibilité de retirer des appels d’une conférence sur cette adresse, et lesquels (n’importe lequel ou seulement le dernier ajouté), sous forme de valeur `LINEREMOVEFROMCONF_`.État `LINECALLSTATE_` dans lequel passe un appel une fois retiré d’une conférence.Façons dont l’adresse peut achever un transfert, sous forme d’indicateurs `LINETRANSFERMODE_`.Fonctions disponibles sur l’adresse, sous forme d’indicateurs `LINEADDRFEATURE_` ; `LINEADDRFEATURE_FORWARD`, par exemple, signifie que l’adresse peut être renvoyée.États `LINECALLSTATE_` dans lesquels un appel émis par numérotation prédictive peut être transféré automatiquement vers une autre adresse ; zéro signifie qu’un tel transfert n’est pas disponible.Taille maximale, en octets, du bloc de données d’appel qu’accepte l’adresse.Identifiant de périphérique du périphérique de ligne auquel appartient l’adresse.Identifiant de l’adresse, qui reste attaché à celle-ci, même d’une mise à niveau du système d’exploitation à l’autre.Types de renvoi pris en charge par l’adresse, sous forme d’indicateurs `LINEFORWARDMODE_`.Nombre maximal d’entrées de renvoi distinctes que l’adresse prend en charge.Nombre maximal d’entrées de renvoi propres à un appelant donné (renvoi sélectif), définies avec `ITForwardInformation::SetForwardType` ; zéro signifie que le renvoi sélectif n’est pas pris en charge.Nombre minimal de sonneries pouvant être fixé avant qu’un appel non pris soit considéré comme sans réponse.Nombre maximal de sonneries pouvant être fixé avant qu’un appel non pris soit considéré comme sans réponse.Nombre maximal de demandes d’achèvement d’appel pouvant être en cours en même temps sur l’adresse ; zéro signifie que l’achèvement d’appel n’est pas disponible.Conditions dans lesquelles un achèvement d’appel peut être demandé, sous forme d’indicateurs `LINECALLCOMPLCOND_`.Types d’achèvement d’appel pris en charge par l’adresse, sous forme d’indicateurs `LINECALLCOMPLMODE_`.Identifiant permanent du périphérique de ligne dans la configuration du système ; il ne change pas quand d’autres lignes sont ajoutées ou retirées, et toutes les adresses de la ligne le partagent.Délai minimal, en millisecondes, qu’accepte la collecte de chiffres, comme `dwGatherDigitsMinTimeout` de `LINEDEVCAPS`.Délai maximal, en millisecondes, qu’accepte la collecte de chiffres, comme `dwGatherDigitsMaxTimeout` de `LINEDEVCAPS`.Durée minimale, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `MinDialParams` dans `LINEDEVCAPS`.Durée maximale, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `MaxDialParams` dans `LINEDEVCAPS`.Durée par défaut, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `DefaultDialParams` dans `LINEDEVCAPS`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "AddressCapability",
            prefix: "AC_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("ADDRESS_CAPABILITY"),
            known_bits: 63u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "AC_ADDRESSTYPES",
                    "AC_BEARERMODES",
                    "AC_MAXACTIVECALLS",
                    "AC_MAXONHOLDCALLS",
                    "AC_MAXONHOLDPENDINGCALLS",
                    "AC_MAXNUMCONFERENCE",
                    "AC_MAXNUMTRANSCONF",
                    "AC_MONITORDIGITSUPPORT",
                    "AC_GENERATEDIGITSUPPORT",
                    "AC_GENERATETONEMODES",
                    "AC_GENERATETONEMAXNUMFREQ",
                    "AC_MONITORTONEMAXNUMFREQ",
                    "AC_MONITORTONEMAXNUMENTRIES",
                    "AC_DEVCAPFLAGS",
                    "AC_ANSWERMODES",
                    "AC_LINEFEATURES",
                    "AC_SETTABLEDEVSTATUS",
                    "AC_PARKSUPPORT",
                    "AC_CALLERIDSUPPORT",
                    "AC_CALLEDIDSUPPORT",
                    "AC_CONNECTEDIDSUPPORT",
                    "AC_REDIRECTIONIDSUPPORT",
                    "AC_REDIRECTINGIDSUPPORT",
                    "AC_ADDRESSCAPFLAGS",
                    "AC_CALLFEATURES1",
                    "AC_CALLFEATURES2",
                    "AC_REMOVEFROMCONFCAPS",
                    "AC_REMOVEFROMCONFSTATE",
                    "AC_TRANSFERMODES",
                    "AC_ADDRESSFEATURES",
                    "AC_PREDICTIVEAUTOTRANSFERSTATES",
                    "AC_MAXCALLDATASIZE",
                    "AC_LINEID",
                    "AC_ADDRESSID",
                    "AC_FORWARDMODES",
                    "AC_MAXFORWARDENTRIES",
                    "AC_MAXSPECIFICENTRIES",
                    "AC_MINFWDNUMRINGS",
                    "AC_MAXFWDNUMRINGS",
                    "AC_MAXCALLCOMPLETIONS",
                    "AC_CALLCOMPLETIONCONDITIONS",
                    "AC_CALLCOMPLETIONMODES",
                    "AC_PERMANENTDEVICEID",
                    "AC_GATHERDIGITSMINTIMEOUT",
                    "AC_GATHERDIGITSMAXTIMEOUT",
                    "AC_GENERATEDIGITMINDURATION",
                    "AC_GENERATEDIGITMAXDURATION",
                    "AC_GENERATEDIGITDEFAULTDURATION",
                ],
                bits: &[
                    0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64, 9u64, 10u64,
                    11u64, 12u64, 13u64, 14u64, 15u64, 16u64, 17u64, 18u64, 19u64, 20u64,
                    21u64, 22u64, 23u64, 24u64, 25u64, 26u64, 27u64, 28u64, 29u64, 30u64,
                    31u64, 32u64, 33u64, 34u64, 35u64, 36u64, 37u64, 38u64, 39u64, 40u64,
                    41u64, 42u64, 43u64, 44u64, 45u64, 46u64, 47u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x0B\x01\0\0\0\0\0\x006\x01\0\0\0\0\0\x000\x01\0\0\xFF\xFF\0\0\0\0\x0B\x01\0\0\x89\0\0\x006\x01\0\0\x99\0\0\x000\x01\0\0\xA8\0\0\0\xFF\xFF\0\0\0\0\x94\x01\0\0B\0\0\0\xCF\x01\0\0J\0\0\0\xD8\x01\0\0\\\0\0\0\xFF\xFF\0\0\0\0\xD6\x01\0\0\x96\0\0\0\x19\x02\0\0\xB7\0\0\x004\x02\0\0\xB8\0\0\0\xFF\xFF\0\0\0\0l\x02\0\0A\0\0\0\xD0\x02\0\0F\0\0\0\xEC\x02\0\0B\0\0\0\xFF\xFF\0\0\0\0\xAD\x02\0\0m\0\0\0\x16\x03\0\0{\0\0\0.\x03\0\0{\0\0\0\xFF\xFF\0\0\0\0\x1A\x03\0\0P\0\0\0\x91\x03\0\0c\0\0\0\xA9\x03\0\0X\0\0\0\xFF\xFF\0\0\0\0j\x03\0\0\xCD\0\0\0\xF4\x03\0\0\xE8\0\0\0\x01\x04\0\0\xCE\0\0\0\xFF\xFF\0\0\0\x007\x04\0\0z\0\0\0\xDC\x04\0\0\xA0\0\0\0\xCF\x04\0\0\xCA\0\0\0\xFF\xFF\0\0\0\0\xB1\x04\0\0\x91\0\0\0|\x05\0\0\xB6\0\0\0\x99\x05\0\0\xCD\0\0\0\xFF\xFF\0\0\0\0B\x05\0\0B\0\0\x002\x06\0\0F\0\0\0f\x06\0\0[\0\0\0\xFF\xFF\0\0\0\0\x84\x05\0\0M\0\0\0x\x06\0\0c\0\0\0\xC1\x06\0\0Y\0\0\0\xFF\xFF\0\0\0\0\xD1\x05\0\0}\0\0\0\xDB\x06\0\0\xAD\0\0\0\x1A\x07\0\0\xA2\0\0\0\xFF\xFF\0\0\0\0N\x06\0\0;\0\0\0\x88\x07\0\0C\0\0\0\xBC\x07\0\0E\0\0\0\xFF\xFF\0\0\0\0\x89\x06\0\0H\0\0\0\xCB\x07\0\0I\0\0\0\x01\x08\0\0a\0\0\0\xFF\xFF\0\0\0\0\xD1\x06\0\0Z\0\0\0\x14\x08\0\0i\0\0\0b\x08\0\0q\0\0\0\xFF\xFF\0\0\0\0+\x07\0\0\xC9\0\0\0}\x08\0\0%\x01\0\0\xD3\x08\0\0\xE7\0\0\0\xFF\xFF\0\0\0\0\xF4\x07\0\0d\0\0\0\xA2\t\0\0a\0\0\0\xBA\t\0\0\x89\0\0\0\xFF\xFF\0\0\0\0X\x08\0\0F\0\0\0\x03\n\0\0[\0\0\0C\n\0\0d\0\0\0\xFF\xFF\0\0\0\0\x9E\x08\0\0S\0\0\0^\n\0\0Z\0\0\0\xA7\n\0\0s\0\0\0\xFF\xFF\0\0\0\0\xF1\x08\0\0Y\0\0\0\xB8\n\0\0i\0\0\0\x1A\x0B\0\0|\0\0\0\xFF\xFF\0\0\0\0J\t\0\0t\0\0\0!\x0B\0\0\x8B\0\0\0\x96\x0B\0\0\x9F\0\0\0\xFF\xFF\0\0\0\0\xBE\t\0\0q\0\0\0\xAC\x0B\0\0n\0\0\x005\x0C\0\0\x87\0\0\0\xFF\xFF\0\0\0\0/\n\0\0i\0\0\0\x1A\x0C\0\0}\0\0\0\xBC\x0C\0\0\x8E\0\0\0\xFF\xFF\0\0\0\0\x98\n\0\0\x8D\0\0\0\x97\x0C\0\0\xA4\0\0\0J\r\0\0\xB2\0\0\0\xFF\xFF\0\0\0\0%\x0B\0\0F\0\0\0;\r\0\0P\0\0\0\xFC\r\0\0c\0\0\0\xFF\xFF\0\0\0\0k\x0B\0\0n\0\0\0\x8B\r\0\0\x7F\0\0\0_\x0E\0\0\x96\0\0\0\xFF\xFF\0\0\0\0\xD9\x0B\0\0\x93\0\0\0\n\x0E\0\0\xA9\0\0\0\xF5\x0E\0\0\xB7\0\0\0\xFF\xFF\0\0\0\0l\x0C\0\0T\0\0\0\xB3\x0E\0\0g\0\0\0\xAC\x0F\0\0W\0\0\0\xFF\xFF\0\0\0\0\xC0\x0C\0\0K\0\0\0\x1A\x0F\0\0^\0\0\0\x03\x10\0\0c\0\0\0\xFF\xFF\0\0\0\0\x0B\r\0\0\xA0\0\0\0x\x0F\0\0\xC7\0\0\0f\x10\0\0\xAD\0\0\0\xFF\xFF\0\0\0\0\xAB\r\0\0\xAD\0\0\0?\x10\0\0\xEE\0\0\0\x13\x11\0\0\xCF\0\0\0\xFF\xFF\0\0\0\0X\x0E\0\0@\0\0\0-\x11\0\0O\0\0\0\xE2\x11\0\0S\0\0\0\xFF\xFF\0\0\0\0\x98\x0E\0\0@\0\0\0|\x11\0\0C\0\0\x005\x12\0\0W\0\0\0\xFF\xFF\0\0\0\0\xD8\x0E\0\0_\0\0\0\xBF\x11\0\0s\0\0\0\x8C\x12\0\0\x83\0\0\0\xFF\xFF\0\0\0\x007\x0F\0\0J\0\0\x002\x12\0\0V\0\0\0\x0F\x13\0\0^\0\0\0\xFF\xFF\0\0\0\0\x81\x0F\0\0G\0\0\0\x88\x12\0\0`\0\0\0m\x13\0\0Q\0\0\0\xFF\xFF\0\0\0\0\xC8\x0F\0\0\xCC\0\0\0\xE8\x12\0\0\x07\x01\0\0\xBE\x13\0\0\xD2\0\0\0\xFF\xFF\0\0\0\0\x94\x10\0\0^\0\0\0\xEF\x13\0\0~\0\0\0\x90\x14\0\0r\0\0\0\xFF\xFF\0\0\0\0\xF2\x10\0\0]\0\0\0m\x14\0\0~\0\0\0\x02\x15\0\0r\0\0\0\xFF\xFF\0\0\0\0O\x11\0\0\x99\0\0\0\xEB\x14\0\0\xBE\0\0\0t\x15\0\0\xB1\0\0\0\xFF\xFF\0\0\0\0\xE8\x11\0\0[\0\0\0\xA9\x15\0\0q\0\0\0%\x16\0\0y\0\0\0\xFF\xFF\0\0\0\0C\x12\0\0Q\0\0\0\x1A\x16\0\0c\0\0\0\x9E\x16\0\0p\0\0\0\xFF\xFF\0\0\0\0\x94\x12\0\0\xAA\0\0\0}\x16\0\0\xC1\0\0\0\x0E\x17\0\0\xCB\0\0\0\xFF\xFF\0\0\0\0>\x13\0\0w\0\0\0>\x17\0\0\x80\0\0\0\xD9\x17\0\0z\0\0\0\xFF\xFF\0\0\0\0\xB5\x13\0\0v\0\0\0\xBE\x17\0\0\x7F\0\0\0S\x18\0\0z\0\0\0\xFF\xFF\0\0\0\0+\x14\0\0{\0\0\0=\x18\0\0|\0\0\0\xCD\x18\0\0\x80\0\0\0\xFF\xFF\0\0\0\0\xA6\x14\0\0z\0\0\0\xB9\x18\0\0{\0\0\0M\x19\0\0\x80\0\0\0\xFF\xFF\0\0\0\0 \x15\0\0~\0\0\x004\x19\0\0~\0\0\0\xCD\x19\0\0\x87\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "AC_ADDRESSTYPES",
                        "AC_BEARERMODES",
                        "AC_MAXACTIVECALLS",
                        "AC_MAXONHOLDCALLS",
                        "AC_MAXONHOLDPENDINGCALLS",
                        "AC_MAXNUMCONFERENCE",
                        "AC_MAXNUMTRANSCONF",
                        "AC_MONITORDIGITSUPPORT",
                        "AC_GENERATEDIGITSUPPORT",
                        "AC_GENERATETONEMODES",
                        "AC_GENERATETONEMAXNUMFREQ",
                        "AC_MONITORTONEMAXNUMFREQ",
                        "AC_MONITORTONEMAXNUMENTRIES",
                        "AC_DEVCAPFLAGS",
                        "AC_ANSWERMODES",
                        "AC_LINEFEATURES",
                        "AC_SETTABLEDEVSTATUS",
                        "AC_PARKSUPPORT",
                        "AC_CALLERIDSUPPORT",
                        "AC_CALLEDIDSUPPORT",
                        "AC_CONNECTEDIDSUPPORT",
                        "AC_REDIRECTIONIDSUPPORT",
                        "AC_REDIRECTINGIDSUPPORT",
                        "AC_ADDRESSCAPFLAGS",
                        "AC_CALLFEATURES1",
                        "AC_CALLFEATURES2",
                        "AC_REMOVEFROMCONFCAPS",
                        "AC_REMOVEFROMCONFSTATE",
                        "AC_TRANSFERMODES",
                        "AC_ADDRESSFEATURES",
                        "AC_PREDICTIVEAUTOTRANSFERSTATES",
                        "AC_MAXCALLDATASIZE",
                        "AC_LINEID",
                        "AC_ADDRESSID",
                        "AC_FORWARDMODES",
                        "AC_MAXFORWARDENTRIES",
                        "AC_MAXSPECIFICENTRIES",
                        "AC_MINFWDNUMRINGS",
                        "AC_MAXFWDNUMRINGS",
                        "AC_MAXCALLCOMPLETIONS",
                        "AC_CALLCOMPLETIONCONDITIONS",
                        "AC_CALLCOMPLETIONMODES",
                        "AC_PERMANENTDEVICEID",
                        "AC_GATHERDIGITSMINTIMEOUT",
                        "AC_GATHERDIGITSMAXTIMEOUT",
                        "AC_GENERATEDIGITMINDURATION",
                        "AC_GENERATEDIGITMAXDURATION",
                        "AC_GENERATEDIGITDEFAULTDURATION",
                        "ADDRESSTYPES",
                        "BEARERMODES",
                        "MAXACTIVECALLS",
                        "MAXONHOLDCALLS",
                        "MAXONHOLDPENDINGCALLS",
                        "MAXNUMCONFERENCE",
                        "MAXNUMTRANSCONF",
                        "MONITORDIGITSUPPORT",
                        "GENERATEDIGITSUPPORT",
                        "GENERATETONEMODES",
                        "GENERATETONEMAXNUMFREQ",
                        "MONITORTONEMAXNUMFREQ",
                        "MONITORTONEMAXNUMENTRIES",
                        "DEVCAPFLAGS",
                        "ANSWERMODES",
                        "LINEFEATURES",
                        "SETTABLEDEVSTATUS",
                        "PARKSUPPORT",
                        "CALLERIDSUPPORT",
                        "CALLEDIDSUPPORT",
                        "CONNECTEDIDSUPPORT",
                        "REDIRECTIONIDSUPPORT",
                        "REDIRECTINGIDSUPPORT",
                        "ADDRESSCAPFLAGS",
                        "CALLFEATURES1",
                        "CALLFEATURES2",
                        "REMOVEFROMCONFCAPS",
                        "REMOVEFROMCONFSTATE",
                        "TRANSFERMODES",
                        "ADDRESSFEATURES",
                        "PREDICTIVEAUTOTRANSFERSTATES",
                        "MAXCALLDATASIZE",
                        "LINEID",
                        "ADDRESSID",
                        "FORWARDMODES",
                        "MAXFORWARDENTRIES",
                        "MAXSPECIFICENTRIES",
                        "MINFWDNUMRINGS",
                        "MAXFWDNUMRINGS",
                        "MAXCALLCOMPLETIONS",
                        "CALLCOMPLETIONCONDITIONS",
                        "CALLCOMPLETIONMODES",
                        "PERMANENTDEVICEID",
                        "GATHERDIGITSMINTIMEOUT",
                        "GATHERDIGITSMAXTIMEOUT",
                        "GENERATEDIGITMINDURATION",
                        "GENERATEDIGITMAXDURATION",
                        "GENERATEDIGITDEFAULTDURATION",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0 \0!\0\"\0#\0$\0%\0&\0'\0(\0)\0*\0+\0,\0-\0.\0/\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 54u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFG\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFD\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0/\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0-\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF;\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFV\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0!\0\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\0\x12\0\xFF\xFF\xFF\xFF\x19\0\x19\0H\0\x18\0\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFF\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0(\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF>\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFK\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0P\0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF@\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF?\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFU\0%\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFFX\0(\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0'\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF<\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFJ\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF=\0\r\0\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFI\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFT\0$\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF2\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFR\0\"\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFQ\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\\\0,\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0$\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF^\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFY\0)\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0,\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFO\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFS\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0*\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFN\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF9\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]\0-\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF6\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF8\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF_\0/\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\"\0\"\0\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFA\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF7\0\x07\0\xFF\xFF\xFF\xFF \0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFE\0\x15\0Z\0*\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF:\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0%\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFL\0\x1C\0[\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0)\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x1A\0\xFF\xFF\xFF\xFF\x1C\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF1\0\x01\0\xFF\xFF\xFF\xFF\x1E\0\x1E\0\xFF\xFF\xFF\xFF5\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFM\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFW\0'\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `AC_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `AC_ADDRESSTYPES` | `0x00000000` |\n| `AC_BEARERMODES` | `0x00000001` |\n| `AC_MAXACTIVECALLS` | `0x00000002` |\n| `AC_MAXONHOLDCALLS` | `0x00000003` |\n| `AC_MAXONHOLDPENDINGCALLS` | `0x00000004` |\n| `AC_MAXNUMCONFERENCE` | `0x00000005` |\n| `AC_MAXNUMTRANSCONF` | `0x00000006` |\n| `AC_MONITORDIGITSUPPORT` | `0x00000007` |\n| `AC_GENERATEDIGITSUPPORT` | `0x00000008` |\n| `AC_GENERATETONEMODES` | `0x00000009` |\n| `AC_GENERATETONEMAXNUMFREQ` | `0x0000000A` |\n| `AC_MONITORTONEMAXNUMFREQ` | `0x0000000B` |\n| `AC_MONITORTONEMAXNUMENTRIES` | `0x0000000C` |\n| `AC_DEVCAPFLAGS` | `0x0000000D` |\n| `AC_ANSWERMODES` | `0x0000000E` |\n| `AC_LINEFEATURES` | `0x0000000F` |\n| `AC_SETTABLEDEVSTATUS` | `0x00000010` |\n| `AC_PARKSUPPORT` | `0x00000011` |\n| `AC_CALLERIDSUPPORT` | `0x00000012` |\n| `AC_CALLEDIDSUPPORT` | `0x00000013` |\n| `AC_CONNECTEDIDSUPPORT` | `0x00000014` |\n| `AC_REDIRECTIONIDSUPPORT` | `0x00000015` |\n| `AC_REDIRECTINGIDSUPPORT` | `0x00000016` |\n| `AC_ADDRESSCAPFLAGS` | `0x00000017` |\n| `AC_CALLFEATURES1` | `0x00000018` |\n| `AC_CALLFEATURES2` | `0x00000019` |\n| `AC_REMOVEFROMCONFCAPS` | `0x0000001A` |\n| `AC_REMOVEFROMCONFSTATE` | `0x0000001B` |\n| `AC_TRANSFERMODES` | `0x0000001C` |\n| `AC_ADDRESSFEATURES` | `0x0000001D` |\n| `AC_PREDICTIVEAUTOTRANSFERSTATES` | `0x0000001E` |\n| `AC_MAXCALLDATASIZE` | `0x0000001F` |\n| `AC_LINEID` | `0x00000020` |\n| `AC_ADDRESSID` | `0x00000021` |\n| `AC_FORWARDMODES` | `0x00000022` |\n| `AC_MAXFORWARDENTRIES` | `0x00000023` |\n| `AC_MAXSPECIFICENTRIES` | `0x00000024` |\n| `AC_MINFWDNUMRINGS` | `0x00000025` |\n| `AC_MAXFWDNUMRINGS` | `0x00000026` |\n| `AC_MAXCALLCOMPLETIONS` | `0x00000027` |\n| `AC_CALLCOMPLETIONCONDITIONS` | `0x00000028` |\n| `AC_CALLCOMPLETIONMODES` | `0x00000029` |\n| `AC_PERMANENTDEVICEID` | `0x0000002A` |\n| `AC_GATHERDIGITSMINTIMEOUT` | `0x0000002B` |\n| `AC_GATHERDIGITSMAXTIMEOUT` | `0x0000002C` |\n| `AC_GENERATEDIGITMINDURATION` | `0x0000002D` |\n| `AC_GENERATEDIGITMAXDURATION` | `0x0000002E` |\n| `AC_GENERATEDIGITDEFAULTDURATION` | `0x0000002F` |\n\n# Deutsch\n\nWählt die numerische Fähigkeit einer Adresse aus, die `ITAddressCapabilities::get_AddressCapability` liefert. Die meisten Mitglieder entsprechen einem Feld der TAPI-2-Strukturen `LINEADDRESSCAPS` oder `LINEDEVCAPS`, und der zurückgelesene Wert ist eine Anzahl, ein Grenzwert oder eine Menge von TAPI-2-Bits.\n\n- `AC_ADDRESSTYPES`: Die von der Adresse unterstützten Adressformate als Bits `LINEADDRESSTYPE_`; ein mit `ITAddress::CreateCall` angelegter Anruf verwendet nur eines davon.\n- `AC_BEARERMODES`: Die von der Adresse unterstützten Trägermodi als Bits `LINEBEARERMODE_`.\n- `AC_MAXACTIVECALLS`: Die Höchstzahl von Anrufen mit minimaler Bandbreite, die gleichzeitig auf der Leitung verbunden sein können; Anrufe, die mehr Bandbreite benötigen, senken die tatsächliche Grenze.\n- `AC_MAXONHOLDCALLS`: Die Höchstzahl von Anrufen, die gleichzeitig gehalten werden können.\n- `AC_MAXONHOLDPENDINGCALLS`: Die Höchstzahl von Anrufen, die gleichzeitig gehalten werden können, während eine Übergabe oder eine Konferenz ansteht.\n- `AC_MAXNUMCONFERENCE`: Die Höchstzahl von Teilnehmern, die ein einzelner Konferenzanruf auf dieser Adresse umfassen kann.\n- `AC_MAXNUMTRANSCONF`: Die Anzahl der Teilnehmer einschließlich des lokalen, die eine Konferenz umfassen kann, die als Rückfrageanruf mit `ITBasicCallControl::Transfer` und anschließend `ITBasicCallControl::Finish` mit `FM_ASCONFERENCE` begonnen wurde.\n- `AC_MONITORDIGITSUPPORT`: Die Wahlverfahren, deren Ziffern die Adresse erkennen kann, als Bits `LINEDIGITMODE_`; ist kein Bit gesetzt, steht die Ziffernüberwachung nicht zur Verfügung.\n- `AC_GENERATEDIGITSUPPORT`: Die Wahlverfahren, mit denen die Adresse Ziffern erzeugen kann, `LINEDIGITMODE_PULSE` und `LINEDIGITMODE_DTMF`; ist kein Bit gesetzt, steht die Ziffernerzeugung nicht zur Verfügung.\n- `AC_GENERATETONEMODES`: Die Tonarten, die die Leitung erzeugen kann, als Bits `LINETONEMODE_`.\n- `AC_GENERATETONEMAXNUMFREQ`: Die Höchstzahl von Frequenzen, aus denen ein zu erzeugender benutzerdefinierter Ton bestehen kann.\n- `AC_MONITORTONEMAXNUMFREQ`: Die Höchstzahl von Frequenzen, aus denen ein zu erkennender benutzerdefinierter Ton bestehen kann; der Wert 0 bedeutet, dass die Tonüberwachung nicht zur Verfügung steht.\n- `AC_MONITORTONEMAXNUMENTRIES`: Die Höchstzahl von Einträgen in einer Liste zu erkennender Töne.\n- `AC_DEVCAPFLAGS`: Die Ja/Nein-Fähigkeiten des Leitungsgeräts als Bits `LINEDEVCAPFLAGS_`.\n- `AC_ANSWERMODES`: Was mit dem aktiven Anruf geschieht, wenn ein weiterer Anruf angenommen wird, als Bits `LINEANSWERMODE_`.\n- `AC_LINEFEATURES`: Die Operationen `LINEFEATURE_`, die die Leitung überhaupt anbieten kann: Ein gesetztes Bit bedeutet, dass die Operation verfügbar sein kann, wenn sich die Leitung in einem geeigneten Zustand befindet und in einem kompatiblen Modus geöffnet ist, ein nicht gesetztes Bit, dass sie es nie ist.\n- `AC_SETTABLEDEVSTATUS`: Die Statusbits des Leitungsgeräts (Bits `LINEDEVSTATUSFLAGS_`), die eine Anwendung ändern kann.\n- `AC_PARKSUPPORT`: Die Arten, auf die Anrufe auf der Adresse geparkt werden können, als Bits `LINEPARKMODE_`.\n- `AC_CALLERIDSUPPORT`: Wie die Adresse die Kennungsangaben des Anrufers melden kann, als Bits `LINECALLPARTYID_`.\n- `AC_CALLEDIDSUPPORT`: Wie die Adresse die Kennungsangaben des angerufenen Teilnehmers melden kann, als Bits `LINECALLPARTYID_`.\n- `AC_CONNECTEDIDSUPPORT`: Wie die Adresse die Kennungsangaben des Teilnehmers melden kann, mit dem der Anruf tatsächlich verbunden ist, als Bits `LINECALLPARTYID_`.\n- `AC_REDIRECTIONIDSUPPORT`: Wie die Adresse die Kennungsangaben des Umleitungsziels eines Anrufs melden kann, als Bits `LINECALLPARTYID_`.\n- `AC_REDIRECTINGIDSUPPORT`: Wie die Adresse die Kennungsangaben des Teilnehmers melden kann, der einen Anruf umgeleitet hat, als Bits `LINECALLPARTYID_`.\n- `AC_ADDRESSCAPFLAGS`: Die Ja/Nein-Fähigkeiten der Adresse als Bits `LINEADDRCAPFLAGS_`, etwa ob sich für die Rufumleitung bei Nichtmelden eine Anzahl von Klingelzeichen angeben lässt.\n- `AC_CALLFEATURES1`: Die von der Adresse unterstützten Anrufoperationen als Bits `LINECALLFEATURE_`.\n- `AC_CALLFEATURES2`: Die von der Adresse unterstützten zusätzlichen Operationen für Konferenz, Übergabe und Parken als Bits `LINECALLFEATURE2_`.\n- `AC_REMOVEFROMCONFCAPS`: Ob auf dieser Adresse Anrufe aus einer Konferenz entfernt werden können und welche (jeder beliebige oder nur der zuletzt hinzugefügte), als Wert `LINEREMOVEFROMCONF_`.\n- `AC_REMOVEFROMCONFSTATE`: Der Zustand `LINECALLSTATE_`, in den ein Anruf wechselt, nachdem er aus einer Konferenz entfernt wurde.\n- `AC_TRANSFERMODES`: Die Arten, auf die die Adresse eine Übergabe abschließen kann, als Bits `LINETRANSFERMODE_`.\n- `AC_ADDRESSFEATURES`: Die Operationen, die auf der Adresse aufgerufen werden können, als Bits `LINEADDRFEATURE_`; `LINEADDRFEATURE_FORWARD` etwa bedeutet, dass für die Adresse eine Rufumleitung eingerichtet werden kann.\n- `AC_PREDICTIVEAUTOTRANSFERSTATES`: Die Zustände `LINECALLSTATE_`, in denen ein per vorausschauender Wahl (Predictive Dialing) getätigter Anruf automatisch an eine andere Adresse übergeben werden kann; der Wert 0 bedeutet, dass eine solche Übergabe nicht verfügbar ist.\n- `AC_MAXCALLDATASIZE`: Die maximale Größe des Anrufdatenblocks in Bytes, die die Adresse akzeptiert.\n- `AC_LINEID`: Die Gerätekennung des Leitungsgeräts, zu dem die Adresse gehört.\n- `AC_ADDRESSID`: Die Kennung der Adresse, die fest an diese gebunden bleibt, auch über Aktualisierungen des Betriebssystems hinweg.\n- `AC_FORWARDMODES`: Die von der Adresse unterstützten Arten der Rufumleitung als Bits `LINEFORWARDMODE_`.\n- `AC_MAXFORWARDENTRIES`: Die Höchstzahl unterschiedlicher Einträge für die Rufumleitung, die die Adresse unterstützt.\n- `AC_MAXSPECIFICENTRIES`: Die Höchstzahl von Einträgen für die Rufumleitung, die für einen bestimmten Anrufer gelten (selektive Rufumleitung) und mit `ITForwardInformation::SetForwardType` festgelegt werden; der Wert 0 bedeutet, dass die selektive Rufumleitung nicht unterstützt wird.\n- `AC_MINFWDNUMRINGS`: Die kleinste Anzahl von Klingelzeichen, die sich einstellen lässt, bevor ein unbeantworteter Anruf als nicht angenommen gilt.\n- `AC_MAXFWDNUMRINGS`: Die größte Anzahl von Klingelzeichen, die sich einstellen lässt, bevor ein unbeantworteter Anruf als nicht angenommen gilt.\n- `AC_MAXCALLCOMPLETIONS`: Die Höchstzahl von Anforderungen zur Anrufvervollständigung, die auf der Adresse gleichzeitig ausstehen können; der Wert 0 bedeutet, dass die Anrufvervollständigung nicht verfügbar ist.\n- `AC_CALLCOMPLETIONCONDITIONS`: Die Bedingungen, unter denen eine Anrufvervollständigung angefordert werden kann, als Bits `LINECALLCOMPLCOND_`.\n- `AC_CALLCOMPLETIONMODES`: Die von der Adresse unterstützten Arten der Anrufvervollständigung als Bits `LINECALLCOMPLMODE_`.\n- `AC_PERMANENTDEVICEID`: Die permanente Kennung des Leitungsgeräts in der Systemkonfiguration; sie ändert sich nicht, wenn andere Leitungen hinzugefügt oder entfernt werden, und alle Adressen der Leitung teilen sie.\n- `AC_GATHERDIGITSMINTIMEOUT`: Das kürzeste Zeitlimit in Millisekunden, das die Ziffernerfassung akzeptiert, wie `dwGatherDigitsMinTimeout` von `LINEDEVCAPS`.\n- `AC_GATHERDIGITSMAXTIMEOUT`: Das längste Zeitlimit in Millisekunden, das die Ziffernerfassung akzeptiert, wie `dwGatherDigitsMaxTimeout` von `LINEDEVCAPS`.\n- `AC_GENERATEDIGITMINDURATION`: Die kürzeste Dauer einer erzeugten Ziffer in Millisekunden, wie die Dauer der Ziffern in `MinDialParams` von `LINEDEVCAPS`.\n- `AC_GENERATEDIGITMAXDURATION`: Die längste Dauer einer erzeugten Ziffer in Millisekunden, wie die Dauer der Ziffern in `MaxDialParams` von `LINEDEVCAPS`.\n- `AC_GENERATEDIGITDEFAULTDURATION`: Die Standarddauer einer erzeugten Ziffer in Millisekunden, wie die Dauer der Ziffern in `DefaultDialParams` von `LINEDEVCAPS`.\n\n# Français\n\nDésigne la capacité numérique d’une adresse que renvoie `ITAddressCapabilities::get_AddressCapability`. La plupart des membres correspondent à un membre des structures `LINEADDRESSCAPS` ou `LINEDEVCAPS` de TAPI 2, et la valeur lue est un nombre, une limite ou un ensemble d’indicateurs de TAPI 2.\n\n- `AC_ADDRESSTYPES`: Formats d’adresse pris en charge par l’adresse, sous forme d’indicateurs `LINEADDRESSTYPE_` ; un appel créé avec `ITAddress::CreateCall` n’en utilise qu’un.\n- `AC_BEARERMODES`: Modes porteurs pris en charge par l’adresse, sous forme d’indicateurs `LINEBEARERMODE_`.\n- `AC_MAXACTIVECALLS`: Nombre maximal d’appels à bande passante minimale pouvant être connectés en même temps sur la ligne ; des appels qui demandent plus de bande passante abaissent la limite réelle.\n- `AC_MAXONHOLDCALLS`: Nombre maximal d’appels pouvant être en attente en même temps.\n- `AC_MAXONHOLDPENDINGCALLS`: Nombre maximal d’appels pouvant être en attente en même temps dans l’attente d’un transfert ou d’une conférence.\n- `AC_MAXNUMCONFERENCE`: Nombre maximal de participants que peut compter une même conférence sur cette adresse.\n- `AC_MAXNUMTRANSCONF`: Nombre de participants, poste local compris, que peut compter une conférence lancée comme appel de consultation par `ITBasicCallControl::Transfer` puis `ITBasicCallControl::Finish` avec `FM_ASCONFERENCE`.\n- `AC_MONITORDIGITSUPPORT`: Modes de signalisation des chiffres que l’adresse sait détecter, sous forme d’indicateurs `LINEDIGITMODE_` ; si aucun indicateur n’est présent, la détection des chiffres n’est pas disponible.\n- `AC_GENERATEDIGITSUPPORT`: Modes de signalisation des chiffres que l’adresse sait générer, `LINEDIGITMODE_PULSE` et `LINEDIGITMODE_DTMF` ; si aucun indicateur n’est présent, la génération de chiffres n’est pas disponible.\n- `AC_GENERATETONEMODES`: Types de tonalité que la ligne sait générer, sous forme d’indicateurs `LINETONEMODE_`.\n- `AC_GENERATETONEMAXNUMFREQ`: Nombre maximal de fréquences pouvant composer une tonalité personnalisée à générer.\n- `AC_MONITORTONEMAXNUMFREQ`: Nombre maximal de fréquences pouvant composer une tonalité personnalisée à détecter ; zéro signifie que la détection des tonalités n’est pas disponible.\n- `AC_MONITORTONEMAXNUMENTRIES`: Nombre maximal d’entrées d’une liste de tonalités à détecter.\n- `AC_DEVCAPFLAGS`: Capacités booléennes du périphérique de ligne, sous forme d’indicateurs `LINEDEVCAPFLAGS_`.\n- `AC_ANSWERMODES`: Sort réservé à l’appel actif lorsqu’un autre appel est pris, sous forme d’indicateurs `LINEANSWERMODE_`.\n- `AC_LINEFEATURES`: Fonctions `LINEFEATURE_` que la ligne peut offrir : un bit à 1 signifie que la fonction peut être disponible lorsque la ligne est dans un état adéquat et ouverte dans un mode compatible, un bit à 0 qu’elle ne l’est jamais.\n- `AC_SETTABLEDEVSTATUS`: Éléments de l’état du périphérique de ligne, sous forme d’indicateurs `LINEDEVSTATUSFLAGS_`, qu’une application peut modifier.\n- `AC_PARKSUPPORT`: Modes de parcage des appels disponibles sur l’adresse, sous forme d’indicateurs `LINEPARKMODE_`.\n- `AC_CALLERIDSUPPORT`: Façons dont l’adresse peut fournir l’identité de l’appelant, sous forme d’indicateurs `LINECALLPARTYID_`.\n- `AC_CALLEDIDSUPPORT`: Façons dont l’adresse peut fournir l’identité du correspondant appelé, sous forme d’indicateurs `LINECALLPARTYID_`.\n- `AC_CONNECTEDIDSUPPORT`: Façons dont l’adresse peut fournir l’identité du correspondant auquel l’appel est réellement connecté, sous forme d’indicateurs `LINECALLPARTYID_`.\n- `AC_REDIRECTIONIDSUPPORT`: Façons dont l’adresse peut fournir l’identité de la destination de la redirection, sous forme d’indicateurs `LINECALLPARTYID_`.\n- `AC_REDIRECTINGIDSUPPORT`: Façons dont l’adresse peut fournir l’identité du correspondant qui a redirigé l’appel, sous forme d’indicateurs `LINECALLPARTYID_`.\n- `AC_ADDRESSCAPFLAGS`: Capacités booléennes de l’adresse, sous forme d’indicateurs `LINEADDRCAPFLAGS_`, par exemple la possibilité de fixer le nombre de sonneries d’un renvoi sur non-réponse.\n- `AC_CALLFEATURES1`: Fonctions d’appel que l’adresse prend en charge, sous forme d’indicateurs `LINECALLFEATURE_`.\n- `AC_CALLFEATURES2`: Fonctions complémentaires de conférence, de transfert et de parcage que l’adresse prend en charge, sous forme d’indicateurs `LINECALLFEATURE2_`.\n- `AC_REMOVEFROMCONFCAPS`: Possibilité de retirer des appels d’une conférence sur cette adresse, et lesquels (n’importe lequel ou seulement le dernier ajouté), sous forme de valeur `LINEREMOVEFROMCONF_`.\n- `AC_REMOVEFROMCONFSTATE`: État `LINECALLSTATE_` dans lequel passe un appel une fois retiré d’une conférence.\n- `AC_TRANSFERMODES`: Façons dont l’adresse peut achever un transfert, sous forme d’indicateurs `LINETRANSFERMODE_`.\n- `AC_ADDRESSFEATURES`: Fonctions disponibles sur l’adresse, sous forme d’indicateurs `LINEADDRFEATURE_` ; `LINEADDRFEATURE_FORWARD`, par exemple, signifie que l’adresse peut être renvoyée.\n- `AC_PREDICTIVEAUTOTRANSFERSTATES`: États `LINECALLSTATE_` dans lesquels un appel émis par numérotation prédictive peut être transféré automatiquement vers une autre adresse ; zéro signifie qu’un tel transfert n’est pas disponible.\n- `AC_MAXCALLDATASIZE`: Taille maximale, en octets, du bloc de données d’appel qu’accepte l’adresse.\n- `AC_LINEID`: Identifiant de périphérique du périphérique de ligne auquel appartient l’adresse.\n- `AC_ADDRESSID`: Identifiant de l’adresse, qui reste attaché à celle-ci, même d’une mise à niveau du système d’exploitation à l’autre.\n- `AC_FORWARDMODES`: Types de renvoi pris en charge par l’adresse, sous forme d’indicateurs `LINEFORWARDMODE_`.\n- `AC_MAXFORWARDENTRIES`: Nombre maximal d’entrées de renvoi distinctes que l’adresse prend en charge.\n- `AC_MAXSPECIFICENTRIES`: Nombre maximal d’entrées de renvoi propres à un appelant donné (renvoi sélectif), définies avec `ITForwardInformation::SetForwardType` ; zéro signifie que le renvoi sélectif n’est pas pris en charge.\n- `AC_MINFWDNUMRINGS`: Nombre minimal de sonneries pouvant être fixé avant qu’un appel non pris soit considéré comme sans réponse.\n- `AC_MAXFWDNUMRINGS`: Nombre maximal de sonneries pouvant être fixé avant qu’un appel non pris soit considéré comme sans réponse.\n- `AC_MAXCALLCOMPLETIONS`: Nombre maximal de demandes d’achèvement d’appel pouvant être en cours en même temps sur l’adresse ; zéro signifie que l’achèvement d’appel n’est pas disponible.\n- `AC_CALLCOMPLETIONCONDITIONS`: Conditions dans lesquelles un achèvement d’appel peut être demandé, sous forme d’indicateurs `LINECALLCOMPLCOND_`.\n- `AC_CALLCOMPLETIONMODES`: Types d’achèvement d’appel pris en charge par l’adresse, sous forme d’indicateurs `LINECALLCOMPLMODE_`.\n- `AC_PERMANENTDEVICEID`: Identifiant permanent du périphérique de ligne dans la configuration du système ; il ne change pas quand d’autres lignes sont ajoutées ou retirées, et toutes les adresses de la ligne le partagent.\n- `AC_GATHERDIGITSMINTIMEOUT`: Délai minimal, en millisecondes, qu’accepte la collecte de chiffres, comme `dwGatherDigitsMinTimeout` de `LINEDEVCAPS`.\n- `AC_GATHERDIGITSMAXTIMEOUT`: Délai maximal, en millisecondes, qu’accepte la collecte de chiffres, comme `dwGatherDigitsMaxTimeout` de `LINEDEVCAPS`.\n- `AC_GENERATEDIGITMINDURATION`: Durée minimale, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `MinDialParams` dans `LINEDEVCAPS`.\n- `AC_GENERATEDIGITMAXDURATION`: Durée maximale, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `MaxDialParams` dans `LINEDEVCAPS`.\n- `AC_GENERATEDIGITDEFAULTDURATION`: Durée par défaut, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `DefaultDialParams` dans `LINEDEVCAPS`.\n"
    )]
    impl AddressCapability {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::AddressTypes,
            Self::BearerModes,
            Self::MaxActiveCalls,
            Self::MaxOnHoldCalls,
            Self::MaxOnHoldPendingCalls,
            Self::MaxNumConference,
            Self::MaxNumTransConf,
            Self::MonitorDigitSupport,
            Self::GenerateDigitSupport,
            Self::GenerateToneModes,
            Self::GenerateToneMaxNumFreq,
            Self::MonitorToneMaxNumFreq,
            Self::MonitorToneMaxNumEntries,
            Self::DevCapFlags,
            Self::AnswerModes,
            Self::LineFeatures,
            Self::SettableDevStatus,
            Self::ParkSupport,
            Self::CallerIdSupport,
            Self::CalledIdSupport,
            Self::ConnectedIdSupport,
            Self::RedirectionIdSupport,
            Self::RedirectingIdSupport,
            Self::AddressCapFlags,
            Self::CallFeatures1,
            Self::CallFeatures2,
            Self::RemoveFromConfCaps,
            Self::RemoveFromConfState,
            Self::TransferModes,
            Self::AddressFeatures,
            Self::PredictiveAutoTransferStates,
            Self::MaxCallDataSize,
            Self::LineId,
            Self::AddressId,
            Self::ForwardModes,
            Self::MaxForwardEntries,
            Self::MaxSpecificEntries,
            Self::MinFwdNumRings,
            Self::MaxFwdNumRings,
            Self::MaxCallCompletions,
            Self::CallCompletionConditions,
            Self::CallCompletionModes,
            Self::PermanentDeviceId,
            Self::GatherDigitsMinTimeout,
            Self::GatherDigitsMaxTimeout,
            Self::GenerateDigitMinDuration,
            Self::GenerateDigitMaxDuration,
            Self::GenerateDigitDefaultDuration,
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
                0 => __tapi::Some(Self::AddressTypes),
                1 => __tapi::Some(Self::BearerModes),
                2 => __tapi::Some(Self::MaxActiveCalls),
                3 => __tapi::Some(Self::MaxOnHoldCalls),
                4 => __tapi::Some(Self::MaxOnHoldPendingCalls),
                5 => __tapi::Some(Self::MaxNumConference),
                6 => __tapi::Some(Self::MaxNumTransConf),
                7 => __tapi::Some(Self::MonitorDigitSupport),
                8 => __tapi::Some(Self::GenerateDigitSupport),
                9 => __tapi::Some(Self::GenerateToneModes),
                10 => __tapi::Some(Self::GenerateToneMaxNumFreq),
                11 => __tapi::Some(Self::MonitorToneMaxNumFreq),
                12 => __tapi::Some(Self::MonitorToneMaxNumEntries),
                13 => __tapi::Some(Self::DevCapFlags),
                14 => __tapi::Some(Self::AnswerModes),
                15 => __tapi::Some(Self::LineFeatures),
                16 => __tapi::Some(Self::SettableDevStatus),
                17 => __tapi::Some(Self::ParkSupport),
                18 => __tapi::Some(Self::CallerIdSupport),
                19 => __tapi::Some(Self::CalledIdSupport),
                20 => __tapi::Some(Self::ConnectedIdSupport),
                21 => __tapi::Some(Self::RedirectionIdSupport),
                22 => __tapi::Some(Self::RedirectingIdSupport),
                23 => __tapi::Some(Self::AddressCapFlags),
                24 => __tapi::Some(Self::CallFeatures1),
                25 => __tapi::Some(Self::CallFeatures2),
                26 => __tapi::Some(Self::RemoveFromConfCaps),
                27 => __tapi::Some(Self::RemoveFromConfState),
                28 => __tapi::Some(Self::TransferModes),
                29 => __tapi::Some(Self::AddressFeatures),
                30 => __tapi::Some(Self::PredictiveAutoTransferStates),
                31 => __tapi::Some(Self::MaxCallDataSize),
                32 => __tapi::Some(Self::LineId),
                33 => __tapi::Some(Self::AddressId),
                34 => __tapi::Some(Self::ForwardModes),
                35 => __tapi::Some(Self::MaxForwardEntries),
                36 => __tapi::Some(Self::MaxSpecificEntries),
                37 => __tapi::Some(Self::MinFwdNumRings),
                38 => __tapi::Some(Self::MaxFwdNumRings),
                39 => __tapi::Some(Self::MaxCallCompletions),
                40 => __tapi::Some(Self::CallCompletionConditions),
                41 => __tapi::Some(Self::CallCompletionModes),
                42 => __tapi::Some(Self::PermanentDeviceId),
                43 => __tapi::Some(Self::GatherDigitsMinTimeout),
                44 => __tapi::Some(Self::GatherDigitsMaxTimeout),
                45 => __tapi::Some(Self::GenerateDigitMinDuration),
                46 => __tapi::Some(Self::GenerateDigitMaxDuration),
                47 => __tapi::Some(Self::GenerateDigitDefaultDuration),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `AC_ADDRESSTYPES`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for AddressCapability {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<AddressCapability> for ::core::primitive::i32 {
        #[inline]
        fn from(member: AddressCapability) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for AddressCapability {
        type Error = ::tapi_consts::UnknownValueError<AddressCapability>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for AddressCapability {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for AddressCapability {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(AddressCapability, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(AddressCapability);
};
/// Selects the capability of an address that `ITAddressCapabilities::get_AddressCapabilityString`
/// returns as a `BSTR`. Each member stands for a variable-size member of the TAPI 2 `LINEDEVCAPS`
/// or `LINEADDRESSCAPS` structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AddressCapabilityString {
    /// The protocol of the line as a GUID in string form, one of the `TAPIPROTOCOL_` values or one
    /// the provider defines; it matches `ProtocolGuid` of `LINEDEVCAPS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ACS_PROTOCOL` = `0x00000000`")]
    Protocol = 0,
    /// The device-specific data of the address (`dwDevSpecific` of `LINEADDRESSCAPS`), laid out as
    /// the provider defines; the `BSTR` is to be read as a byte buffer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ACS_ADDRESSDEVICESPECIFIC` = `0x00000001`")]
    AddressDeviceSpecific = 1,
    /// The device-specific data of the line (`dwDevSpecific` of `LINEDEVCAPS`), laid out as the
    /// provider defines; the `BSTR` is to be read as a byte buffer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ACS_LINEDEVICESPECIFIC` = `0x00000002`")]
    LineDeviceSpecific = 2,
    /// Plain-text information about the service provider, the provider information of
    /// `LINEDEVCAPS`; it may contain embedded null characters.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ACS_PROVIDERSPECIFIC` = `0x00000003`")]
    ProviderSpecific = 3,
    /// Plain-text information about the switch, the switch information of `LINEDEVCAPS`; it may
    /// contain embedded null characters.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ACS_SWITCHSPECIFIC` = `0x00000004`")]
    SwitchSpecific = 4,
    /// The permanent GUID of the line device in string form, which stays the same even across
    /// operating system upgrades; it matches `PermanentLineGuid` of `LINEDEVCAPS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ACS_PERMANENTDEVICEGUID` = `0x00000005`")]
    PermanentDeviceGuid = 5,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Selects the capability of an address that `ITAddressCapabilities::get_AddressCapabilityString` returns as a `BSTR`. Each member stands for a variable-size member of the TAPI 2 `LINEDEVCAPS` or `LINEADDRESSCAPS` structure.The protocol of the line as a GUID in string form, one of the `TAPIPROTOCOL_` values or one the provider defines; it matches `ProtocolGuid` of `LINEDEVCAPS`.The device-specific data of the address (`dwDevSpecific` of `LINEADDRESSCAPS`), laid out as the provider defines; the `BSTR` is to be read as a byte buffer.The device-specific data of the line (`dwDevSpecific` of `LINEDEVCAPS`), laid out as the provider defines; the `BSTR` is to be read as a byte buffer.Plain-text information about the service provider, the provider information of `LINEDEVCAPS`; it may contain embedded null characters.Plain-text information about the switch, the switch information of `LINEDEVCAPS`; it may contain embedded null characters.The permanent GUID of the line device in string form, which stays the same even across operating system upgrades; it matches `PermanentLineGuid` of `LINEDEVCAPS`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Wählt die Fähigkeit einer Adresse aus, die `ITAddressCapabilities::get_AddressCapabilityString` als `BSTR` liefert. Jedes Mitglied entspricht einem Feld variabler Größe der TAPI-2-Strukturen `LINEDEVCAPS` oder `LINEADDRESSCAPS`.Das Protokoll der Leitung als GUID in Zeichenkettenform, einer der Werte `TAPIPROTOCOL_` oder ein vom Anbieter festgelegter Wert; es entspricht `ProtocolGuid` von `LINEDEVCAPS`.Die gerätespezifischen Daten der Adresse (`dwDevSpecific` von `LINEADDRESSCAPS`), aufgebaut, wie der Anbieter es festlegt; der `BSTR` ist als Bytepuffer zu lesen.Die gerätespezifischen Daten der Leitung (`dwDevSpecific` von `LINEDEVCAPS`), aufgebaut, wie der Anbieter es festlegt; der `BSTR` ist als Bytepuffer zu lesen.Informationen über den Dienstanbieter als reiner Text, die Anbieterinformationen von `LINEDEVCAPS`; sie können eingebettete Nullzeichen enthalten.Informationen über die Vermittlung als reiner Text, die Vermittlungsinformationen von `LINEDEVCAPS`; sie können eingebettete Nullzeichen enthalten.Die permanente GUID des Leitungsgeräts in Zeichenkettenform, die auch über Aktualisierungen des Betriebssystems hinweg gleich bleibt; sie entspricht `PermanentLineGuid` von `LINEDEVCAPS`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Désigne la capacité d’une adresse que `ITAddressCapabilities::get_AddressCapabilityString` renvoie sous forme de `BSTR`. Chaque membre correspond à un membre de taille variable des structures `LINEDEVCAPS` ou `LINEADDRESSCAPS` de TAPI 2.Protocole de la ligne sous forme de GUID en chaîne, l’une des valeurs `TAPIPROTOCOL_` ou une valeur définie par le fournisseur ; il correspond à `ProtocolGuid` de `LINEDEVCAPS`.Données propres au périphérique de l’adresse (`dwDevSpecific` de `LINEADDRESSCAPS`), structurées comme le définit le fournisseur ; le `BSTR` doit être lu comme une mémoire tampon d’octets.Données propres au périphérique de la ligne (`dwDevSpecific` de `LINEDEVCAPS`), structurées comme le définit le fournisseur ; le `BSTR` doit être lu comme une mémoire tampon d’octets.Informations en texte brut sur le fournisseur de services, celles du fournisseur dans `LINEDEVCAPS` ; elles peuvent contenir des caractères nuls incorporés.Informations en texte brut sur le commutateur, celles du commutateur dans `LINEDEVCAPS` ; elles peuvent contenir des caractères nuls incorporés.GUID permanent du périphérique de ligne sous forme de chaîne, qui reste le même d’une mise à niveau du système d’exploitation à l’autre ; il correspond à `PermanentLineGuid` de `LINEDEVCAPS`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "AddressCapabilityString",
            prefix: "ACS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("ADDRESS_CAPABILITY_STRING"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "ACS_PROTOCOL",
                    "ACS_ADDRESSDEVICESPECIFIC",
                    "ACS_LINEDEVICESPECIFIC",
                    "ACS_PROVIDERSPECIFIC",
                    "ACS_SWITCHSPECIFIC",
                    "ACS_PERMANENTDEVICEGUID",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xDD\0\0\0\0\0\0\0\xE8\0\0\0\0\0\0\0\xF2\0\0\0\xFF\xFF\0\0\0\0\xDD\0\0\0\x9D\0\0\0\xE8\0\0\0\xB1\0\0\0\xF2\0\0\0\xB6\0\0\0\xFF\xFF\0\0\0\0z\x01\0\0\x9C\0\0\0\x99\x01\0\0\xA3\0\0\0\xA8\x01\0\0\xC7\0\0\0\xFF\xFF\0\0\0\0\x16\x02\0\0\x95\0\0\0<\x02\0\0\x9F\0\0\0o\x02\0\0\xC0\0\0\0\xFF\xFF\0\0\0\0\xAB\x02\0\0\x86\0\0\0\xDB\x02\0\0\x94\0\0\0/\x03\0\0\x9E\0\0\0\xFF\xFF\0\0\0\x001\x03\0\0z\0\0\0o\x03\0\0\x95\0\0\0\xCD\x03\0\0\x92\0\0\0\xFF\xFF\0\0\0\0\xAB\x03\0\0\xA2\0\0\0\x04\x04\0\0\xBD\0\0\0_\x04\0\0\xCD\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "ACS_PROTOCOL",
                        "ACS_ADDRESSDEVICESPECIFIC",
                        "ACS_LINEDEVICESPECIFIC",
                        "ACS_PROVIDERSPECIFIC",
                        "ACS_SWITCHSPECIFIC",
                        "ACS_PERMANENTDEVICEGUID",
                        "PROTOCOL",
                        "ADDRESSDEVICESPECIFIC",
                        "LINEDEVICESPECIFIC",
                        "PROVIDERSPECIFIC",
                        "SWITCHSPECIFIC",
                        "PERMANENTDEVICEGUID",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\0\0\x07\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x02\0\n\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `ACS_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `ACS_PROTOCOL` | `0x00000000` |\n| `ACS_ADDRESSDEVICESPECIFIC` | `0x00000001` |\n| `ACS_LINEDEVICESPECIFIC` | `0x00000002` |\n| `ACS_PROVIDERSPECIFIC` | `0x00000003` |\n| `ACS_SWITCHSPECIFIC` | `0x00000004` |\n| `ACS_PERMANENTDEVICEGUID` | `0x00000005` |\n\n# Deutsch\n\nWählt die Fähigkeit einer Adresse aus, die `ITAddressCapabilities::get_AddressCapabilityString` als `BSTR` liefert. Jedes Mitglied entspricht einem Feld variabler Größe der TAPI-2-Strukturen `LINEDEVCAPS` oder `LINEADDRESSCAPS`.\n\n- `ACS_PROTOCOL`: Das Protokoll der Leitung als GUID in Zeichenkettenform, einer der Werte `TAPIPROTOCOL_` oder ein vom Anbieter festgelegter Wert; es entspricht `ProtocolGuid` von `LINEDEVCAPS`.\n- `ACS_ADDRESSDEVICESPECIFIC`: Die gerätespezifischen Daten der Adresse (`dwDevSpecific` von `LINEADDRESSCAPS`), aufgebaut, wie der Anbieter es festlegt; der `BSTR` ist als Bytepuffer zu lesen.\n- `ACS_LINEDEVICESPECIFIC`: Die gerätespezifischen Daten der Leitung (`dwDevSpecific` von `LINEDEVCAPS`), aufgebaut, wie der Anbieter es festlegt; der `BSTR` ist als Bytepuffer zu lesen.\n- `ACS_PROVIDERSPECIFIC`: Informationen über den Dienstanbieter als reiner Text, die Anbieterinformationen von `LINEDEVCAPS`; sie können eingebettete Nullzeichen enthalten.\n- `ACS_SWITCHSPECIFIC`: Informationen über die Vermittlung als reiner Text, die Vermittlungsinformationen von `LINEDEVCAPS`; sie können eingebettete Nullzeichen enthalten.\n- `ACS_PERMANENTDEVICEGUID`: Die permanente GUID des Leitungsgeräts in Zeichenkettenform, die auch über Aktualisierungen des Betriebssystems hinweg gleich bleibt; sie entspricht `PermanentLineGuid` von `LINEDEVCAPS`.\n\n# Français\n\nDésigne la capacité d’une adresse que `ITAddressCapabilities::get_AddressCapabilityString` renvoie sous forme de `BSTR`. Chaque membre correspond à un membre de taille variable des structures `LINEDEVCAPS` ou `LINEADDRESSCAPS` de TAPI 2.\n\n- `ACS_PROTOCOL`: Protocole de la ligne sous forme de GUID en chaîne, l’une des valeurs `TAPIPROTOCOL_` ou une valeur définie par le fournisseur ; il correspond à `ProtocolGuid` de `LINEDEVCAPS`.\n- `ACS_ADDRESSDEVICESPECIFIC`: Données propres au périphérique de l’adresse (`dwDevSpecific` de `LINEADDRESSCAPS`), structurées comme le définit le fournisseur ; le `BSTR` doit être lu comme une mémoire tampon d’octets.\n- `ACS_LINEDEVICESPECIFIC`: Données propres au périphérique de la ligne (`dwDevSpecific` de `LINEDEVCAPS`), structurées comme le définit le fournisseur ; le `BSTR` doit être lu comme une mémoire tampon d’octets.\n- `ACS_PROVIDERSPECIFIC`: Informations en texte brut sur le fournisseur de services, celles du fournisseur dans `LINEDEVCAPS` ; elles peuvent contenir des caractères nuls incorporés.\n- `ACS_SWITCHSPECIFIC`: Informations en texte brut sur le commutateur, celles du commutateur dans `LINEDEVCAPS` ; elles peuvent contenir des caractères nuls incorporés.\n- `ACS_PERMANENTDEVICEGUID`: GUID permanent du périphérique de ligne sous forme de chaîne, qui reste le même d’une mise à niveau du système d’exploitation à l’autre ; il correspond à `PermanentLineGuid` de `LINEDEVCAPS`.\n"
    )]
    impl AddressCapabilityString {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Protocol,
            Self::AddressDeviceSpecific,
            Self::LineDeviceSpecific,
            Self::ProviderSpecific,
            Self::SwitchSpecific,
            Self::PermanentDeviceGuid,
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
                0 => __tapi::Some(Self::Protocol),
                1 => __tapi::Some(Self::AddressDeviceSpecific),
                2 => __tapi::Some(Self::LineDeviceSpecific),
                3 => __tapi::Some(Self::ProviderSpecific),
                4 => __tapi::Some(Self::SwitchSpecific),
                5 => __tapi::Some(Self::PermanentDeviceGuid),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `ACS_PROTOCOL`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for AddressCapabilityString {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<AddressCapabilityString> for ::core::primitive::i32 {
        #[inline]
        fn from(member: AddressCapabilityString) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for AddressCapabilityString {
        type Error = ::tapi_consts::UnknownValueError<AddressCapabilityString>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for AddressCapabilityString {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for AddressCapabilityString {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(
        AddressCapabilityString, ::core::primitive::i32
    );
    ::tapi_consts::__tapi_optional_impls!(AddressCapabilityString);
};
/// Kinds of address event, returned by `ITAddressEvent::get_Event`. For TAPI 3 applications they
/// take the place of the `LINE_LINEDEVSTATE` message of TAPI 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AddressEvent {
    /// The state of the address has changed; `ITAddress::get_State` gives the new one.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_STATE` = `0x00000000`")]
    State = 0,
    /// The capabilities of the address have changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_CAPSCHANGE` = `0x00000001`")]
    CapsChange = 1,
    /// The address is ringing.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_RINGING` = `0x00000002`")]
    Ringing = 2,
    /// The configuration of the address has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_CONFIGCHANGE` = `0x00000003`")]
    ConfigChange = 3,
    /// The forwarding of the address has changed; `ITAddress::get_CurrentForwardInfo` gives the new
    /// settings.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_FORWARD` = `0x00000004`")]
    Forward = 4,
    /// A terminal has been added; the application should select it on any active call that is to
    /// use it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_NEWTERMINAL` = `0x00000005`")]
    NewTerminal = 5,
    /// A terminal has been removed; the application should unselect it from any active call it is
    /// selected on.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_REMOVETERMINAL` = `0x00000006`")]
    RemoveTerminal = 6,
    /// The message waiting indicator has come on; this concerns addresses of phone devices only.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_MSGWAITON` = `0x00000007`")]
    MsgWaitOn = 7,
    /// The message waiting indicator has gone off; this concerns addresses of phone devices only.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_MSGWAITOFF` = `0x00000008`")]
    MsgWaitOff = 8,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of address event, returned by `ITAddressEvent::get_Event`. For TAPI 3 applications they take the place of the `LINE_LINEDEVSTATE` message of TAPI 2.The state of the address has changed; `ITAddress::get_State` gives the new one.The capabilities of the address have changed.The address is ringing.The configuration of the address has changed.The forwarding of the address has changed; `ITAddress::get_CurrentForwardInfo` gives the new settings.A terminal has been added; the application should select it on any active call that is to use it.A terminal has been removed; the application should unselect it from any active call it is selected on.The message waiting indicator has come on; this concerns addresses of phone devices only.The message waiting indicator has gone off; this concerns addresses of phone devices only."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Adressereignissen, die `ITAddressEvent::get_Event` liefert. Für TAPI-3-Anwendungen ersetzen sie die Nachricht `LINE_LINEDEVSTATE` von TAPI 2.Der Zustand der Adresse hat sich geändert; `ITAddress::get_State` liefert den neuen Zustand.Die Fähigkeiten der Adresse haben sich geändert.Auf der Adresse ertönt das Rufsignal.Die Konfiguration der Adresse hat sich geändert.Die Rufumleitung der Adresse hat sich geändert; `ITAddress::get_CurrentForwardInfo` liefert die neuen Einstellungen.Ein Terminal wurde hinzugefügt; die Anwendung sollte es auf jedem aktiven Anruf auswählen, der es verwenden soll.Ein Terminal wurde entfernt; die Anwendung sollte seine Auswahl auf jedem aktiven Anruf aufheben, auf dem es ausgewählt ist.Die Anzeige für wartende Nachrichten wurde eingeschaltet; das betrifft nur Adressen von Telefongeräten.Die Anzeige für wartende Nachrichten wurde ausgeschaltet; das betrifft nur Adressen von Telefongeräten."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements d’adresse, renvoyés par `ITAddressEvent::get_Event`. Pour les applications TAPI 3, ils remplacent le message `LINE_LINEDEVSTATE` de TAPI 2.L’état de l’adresse a changé ; `ITAddress::get_State` donne le nouvel état.Les capacités de l’adresse ont changé.La sonnerie retentit sur l’adresse.La configuration de l’adresse a changé.Le renvoi de l’adresse a changé ; `ITAddress::get_CurrentForwardInfo` en donne les nouveaux réglages.Un terminal a été ajouté ; l’application doit le sélectionner sur tout appel actif qui doit l’utiliser.Un terminal a été retiré ; l’application doit le désélectionner de tout appel actif sur lequel il est sélectionné.Le voyant de message en attente s’est allumé ; cela ne concerne que les adresses de périphériques téléphoniques.Le voyant de message en attente s’est éteint ; cela ne concerne que les adresses de périphériques téléphoniques."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "AddressEvent",
            prefix: "AE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("ADDRESS_EVENT"),
            known_bits: 15u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "AE_STATE",
                    "AE_CAPSCHANGE",
                    "AE_RINGING",
                    "AE_CONFIGCHANGE",
                    "AE_FORWARD",
                    "AE_NEWTERMINAL",
                    "AE_REMOVETERMINAL",
                    "AE_MSGWAITON",
                    "AE_MSGWAITOFF",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x9A\0\0\0\0\0\0\0\x98\0\0\0\0\0\0\0\xA5\0\0\0\xFF\xFF\0\0\0\0\x9A\0\0\0O\0\0\0\x98\0\0\0]\0\0\0\xA5\0\0\0R\0\0\0\xFF\xFF\0\0\0\0\xE9\0\0\0-\0\0\0\xF5\0\0\x002\0\0\0\xF7\0\0\0*\0\0\0\xFF\xFF\0\0\0\0\x16\x01\0\0\x17\0\0\0'\x01\0\0&\0\0\0!\x01\0\0%\0\0\0\xFF\xFF\0\0\0\0-\x01\0\0-\0\0\0M\x01\0\x001\0\0\0F\x01\0\0*\0\0\0\xFF\xFF\0\0\0\0Z\x01\0\0f\0\0\0~\x01\0\0u\0\0\0p\x01\0\0i\0\0\0\xFF\xFF\0\0\0\0\xC0\x01\0\0a\0\0\0\xF3\x01\0\0s\0\0\0\xD9\x01\0\0o\0\0\0\xFF\xFF\0\0\0\0!\x02\0\0g\0\0\0f\x02\0\0}\0\0\0H\x02\0\0{\0\0\0\xFF\xFF\0\0\0\0\x88\x02\0\0Y\0\0\0\xE3\x02\0\0i\0\0\0\xC3\x02\0\0w\0\0\0\xFF\xFF\x12\0\x01\0\xE1\x02\0\0Z\0\0\0L\x03\0\0i\0\0\0:\x03\0\0w\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "AE_STATE",
                        "AE_CAPSCHANGE",
                        "AE_RINGING",
                        "AE_CONFIGCHANGE",
                        "AE_FORWARD",
                        "AE_NEWTERMINAL",
                        "AE_REMOVETERMINAL",
                        "AE_MSGWAITON",
                        "AE_MSGWAITOFF",
                        "STATE",
                        "CAPSCHANGE",
                        "RINGING",
                        "CONFIGCHANGE",
                        "FORWARD",
                        "NEWTERMINAL",
                        "REMOVETERMINAL",
                        "MSGWAITON",
                        "MSGWAITOFF",
                        "LASTITEM",
                        "AE_LASTITEM",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 16240640158330268813u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x07\0\r\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\n\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x02\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\x12\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `AE_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `AE_STATE` | `0x00000000` |\n| `AE_CAPSCHANGE` | `0x00000001` |\n| `AE_RINGING` | `0x00000002` |\n| `AE_CONFIGCHANGE` | `0x00000003` |\n| `AE_FORWARD` | `0x00000004` |\n| `AE_NEWTERMINAL` | `0x00000005` |\n| `AE_REMOVETERMINAL` | `0x00000006` |\n| `AE_MSGWAITON` | `0x00000007` |\n| `AE_MSGWAITOFF`<br>alias `AE_LASTITEM` | `0x00000008` |\n\n# Deutsch\n\nArten von Adressereignissen, die `ITAddressEvent::get_Event` liefert. Für TAPI-3-Anwendungen ersetzen sie die Nachricht `LINE_LINEDEVSTATE` von TAPI 2.\n\n- `AE_STATE`: Der Zustand der Adresse hat sich geändert; `ITAddress::get_State` liefert den neuen Zustand.\n- `AE_CAPSCHANGE`: Die Fähigkeiten der Adresse haben sich geändert.\n- `AE_RINGING`: Auf der Adresse ertönt das Rufsignal.\n- `AE_CONFIGCHANGE`: Die Konfiguration der Adresse hat sich geändert.\n- `AE_FORWARD`: Die Rufumleitung der Adresse hat sich geändert; `ITAddress::get_CurrentForwardInfo` liefert die neuen Einstellungen.\n- `AE_NEWTERMINAL`: Ein Terminal wurde hinzugefügt; die Anwendung sollte es auf jedem aktiven Anruf auswählen, der es verwenden soll.\n- `AE_REMOVETERMINAL`: Ein Terminal wurde entfernt; die Anwendung sollte seine Auswahl auf jedem aktiven Anruf aufheben, auf dem es ausgewählt ist.\n- `AE_MSGWAITON`: Die Anzeige für wartende Nachrichten wurde eingeschaltet; das betrifft nur Adressen von Telefongeräten.\n- `AE_MSGWAITOFF`: Die Anzeige für wartende Nachrichten wurde ausgeschaltet; das betrifft nur Adressen von Telefongeräten.\n\n# Français\n\nTypes d’événements d’adresse, renvoyés par `ITAddressEvent::get_Event`. Pour les applications TAPI 3, ils remplacent le message `LINE_LINEDEVSTATE` de TAPI 2.\n\n- `AE_STATE`: L’état de l’adresse a changé ; `ITAddress::get_State` donne le nouvel état.\n- `AE_CAPSCHANGE`: Les capacités de l’adresse ont changé.\n- `AE_RINGING`: La sonnerie retentit sur l’adresse.\n- `AE_CONFIGCHANGE`: La configuration de l’adresse a changé.\n- `AE_FORWARD`: Le renvoi de l’adresse a changé ; `ITAddress::get_CurrentForwardInfo` en donne les nouveaux réglages.\n- `AE_NEWTERMINAL`: Un terminal a été ajouté ; l’application doit le sélectionner sur tout appel actif qui doit l’utiliser.\n- `AE_REMOVETERMINAL`: Un terminal a été retiré ; l’application doit le désélectionner de tout appel actif sur lequel il est sélectionné.\n- `AE_MSGWAITON`: Le voyant de message en attente s’est allumé ; cela ne concerne que les adresses de périphériques téléphoniques.\n- `AE_MSGWAITOFF`: Le voyant de message en attente s’est éteint ; cela ne concerne que les adresses de périphériques téléphoniques.\n"
    )]
    impl AddressEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::State,
            Self::CapsChange,
            Self::Ringing,
            Self::ConfigChange,
            Self::Forward,
            Self::NewTerminal,
            Self::RemoveTerminal,
            Self::MsgWaitOn,
            Self::MsgWaitOff,
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
                0 => __tapi::Some(Self::State),
                1 => __tapi::Some(Self::CapsChange),
                2 => __tapi::Some(Self::Ringing),
                3 => __tapi::Some(Self::ConfigChange),
                4 => __tapi::Some(Self::Forward),
                5 => __tapi::Some(Self::NewTerminal),
                6 => __tapi::Some(Self::RemoveTerminal),
                7 => __tapi::Some(Self::MsgWaitOn),
                8 => __tapi::Some(Self::MsgWaitOff),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `AE_STATE`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for AddressEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<AddressEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: AddressEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for AddressEvent {
        type Error = ::tapi_consts::UnknownValueError<AddressEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for AddressEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for AddressEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(AddressEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(AddressEvent);
};
/// Whether an address can be used, as `ITAddress::get_State` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AddressState {
    /// The address is in its normal state and can be used.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AS_INSERVICE` = `0x00000000`")]
    InService = 0,
    /// The address is out of service for the time being and may come back into service later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AS_OUTOFSERVICE` = `0x00000001`")]
    OutOfService = 1,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Whether an address can be used, as `ITAddress::get_State` reports it.The address is in its normal state and can be used.The address is out of service for the time being and may come back into service later."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gibt an, ob eine Adresse verwendet werden kann, wie `ITAddress::get_State` es meldet.Die Adresse befindet sich im Normalzustand und kann verwendet werden.Die Adresse ist vorübergehend außer Betrieb und kann später wieder in Betrieb gehen."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Indique si une adresse est utilisable, tel que le signale `ITAddress::get_State`.L’adresse est dans son état normal et peut être utilisée.L’adresse est temporairement hors service et peut être remise en service plus tard."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "AddressState",
            prefix: "AS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("ADDRESS_STATE"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["AS_INSERVICE", "AS_OUTOFSERVICE"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0E\0\0\0\0\0\0\0U\0\0\0\0\0\0\0Q\0\0\0\xFF\xFF\0\0\0\0E\0\0\x003\0\0\0U\0\0\0E\0\0\0Q\0\0\0>\0\0\0\xFF\xFF\0\0\0\0x\0\0\0V\0\0\0\x9A\0\0\0W\0\0\0\x8F\0\0\0V\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "AS_INSERVICE",
                        "AS_OUTOFSERVICE",
                        "INSERVICE",
                        "OUTOFSERVICE",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `AS_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `AS_INSERVICE` | `0x00000000` |\n| `AS_OUTOFSERVICE` | `0x00000001` |\n\n# Deutsch\n\nGibt an, ob eine Adresse verwendet werden kann, wie `ITAddress::get_State` es meldet.\n\n- `AS_INSERVICE`: Die Adresse befindet sich im Normalzustand und kann verwendet werden.\n- `AS_OUTOFSERVICE`: Die Adresse ist vorübergehend außer Betrieb und kann später wieder in Betrieb gehen.\n\n# Français\n\nIndique si une adresse est utilisable, tel que le signale `ITAddress::get_State`.\n\n- `AS_INSERVICE`: L’adresse est dans son état normal et peut être utilisée.\n- `AS_OUTOFSERVICE`: L’adresse est temporairement hors service et peut être remise en service plus tard.\n"
    )]
    impl AddressState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::InService, Self::OutOfService];
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
                0 => __tapi::Some(Self::InService),
                1 => __tapi::Some(Self::OutOfService),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `AS_INSERVICE`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for AddressState {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<AddressState> for ::core::primitive::i32 {
        #[inline]
        fn from(member: AddressState) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for AddressState {
        type Error = ::tapi_consts::UnknownValueError<AddressState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for AddressState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for AddressState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(AddressState, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(AddressState);
};
/// Kinds of media event on a call, returned by `ITCallMediaEvent::get_Event`. Because of latency,
/// stream events can still arrive a few seconds after the stream or the call has been torn down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallMediaEvent {
    /// A new media stream has been created.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CME_NEW_STREAM` = `0x00000000`")]
    NewStream = 0,
    /// A media stream, or a request made on it, has failed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CME_STREAM_FAIL` = `0x00000001`")]
    StreamFail = 1,
    /// A terminal has failed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CME_TERMINAL_FAIL` = `0x00000002`")]
    TerminalFail = 2,
    /// The media stream has not been used.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CME_STREAM_NOT_USED` = `0x00000003`")]
    StreamNotUsed = 3,
    /// The media stream has become active.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CME_STREAM_ACTIVE` = `0x00000004`")]
    StreamActive = 4,
    /// The media stream is no longer active.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CME_STREAM_INACTIVE` = `0x00000005`")]
    StreamInactive = 5,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of media event on a call, returned by `ITCallMediaEvent::get_Event`. Because of latency, stream events can still arrive a few seconds after the stream or the call has been torn down.A new media stream has been created.A media stream, or a request made on it, has failed.A terminal has failed.The media stream has not been used.The media stream has become active.The media stream is no longer active."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Medienereignissen eines Anrufs, die `ITCallMediaEvent::get_Event` liefert. Wegen der Latenz können Ereignisse zu Medienströmen noch einige Sekunden nach dem Abbau des Medienstroms oder des Anrufs eintreffen.Ein neuer Medienstrom wurde angelegt.Ein Medienstrom oder eine an ihn gerichtete Anforderung ist fehlgeschlagen.Ein Terminal ist ausgefallen.Der Medienstrom wurde nicht verwendet.Der Medienstrom ist aktiv geworden.Der Medienstrom ist nicht mehr aktiv."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements de média d’un appel, renvoyés par `ITCallMediaEvent::get_Event`. En raison de la latence, des événements de flux peuvent encore arriver quelques secondes après la suppression du flux ou de l’appel.Un nouveau flux de média a été créé.Un flux de média, ou une requête portant sur lui, a échoué.Un terminal a connu une défaillance.Le flux de média n’a pas été utilisé.Le flux de média est devenu actif.Le flux de média n’est plus actif."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallMediaEvent",
            prefix: "CME_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALL_MEDIA_EVENT"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "CME_NEW_STREAM",
                    "CME_STREAM_FAIL",
                    "CME_TERMINAL_FAIL",
                    "CME_STREAM_NOT_USED",
                    "CME_STREAM_ACTIVE",
                    "CME_STREAM_INACTIVE",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xBC\0\0\0\0\0\0\0\xDB\0\0\0\0\0\0\0\xE5\0\0\0\xFF\xFF\0\0\0\0\xBC\0\0\0$\0\0\0\xDB\0\0\0%\0\0\0\xE5\0\0\0)\0\0\0\xFF\xFF\0\0\0\0\xE0\0\0\x004\0\0\0\0\x01\0\0K\0\0\0\x0E\x01\0\0?\0\0\0\xFF\xFF\0\0\0\0\x14\x01\0\0\x16\0\0\0K\x01\0\0\x1D\0\0\0M\x01\0\0%\0\0\0\xFF\xFF\0\0\0\0*\x01\0\0#\0\0\0h\x01\0\0&\0\0\0r\x01\0\0+\0\0\0\xFF\xFF\0\0\0\0M\x01\0\0#\0\0\0\x8E\x01\0\0#\0\0\0\x9D\x01\0\0#\0\0\0\xFF\xFF\x0C\0\x01\0p\x01\0\0%\0\0\0\xB1\x01\0\0%\0\0\0\xC0\x01\0\0%\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CME_NEW_STREAM",
                        "CME_STREAM_FAIL",
                        "CME_TERMINAL_FAIL",
                        "CME_STREAM_NOT_USED",
                        "CME_STREAM_ACTIVE",
                        "CME_STREAM_INACTIVE",
                        "NEW_STREAM",
                        "STREAM_FAIL",
                        "TERMINAL_FAIL",
                        "STREAM_NOT_USED",
                        "STREAM_ACTIVE",
                        "STREAM_INACTIVE",
                        "LASTITEM",
                        "CME_LASTITEM",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\x0C\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\x04\0\x04\0\x07\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\n\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CME_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `CME_NEW_STREAM` | `0x00000000` |\n| `CME_STREAM_FAIL` | `0x00000001` |\n| `CME_TERMINAL_FAIL` | `0x00000002` |\n| `CME_STREAM_NOT_USED` | `0x00000003` |\n| `CME_STREAM_ACTIVE` | `0x00000004` |\n| `CME_STREAM_INACTIVE`<br>alias `CME_LASTITEM` | `0x00000005` |\n\n# Deutsch\n\nArten von Medienereignissen eines Anrufs, die `ITCallMediaEvent::get_Event` liefert. Wegen der Latenz können Ereignisse zu Medienströmen noch einige Sekunden nach dem Abbau des Medienstroms oder des Anrufs eintreffen.\n\n- `CME_NEW_STREAM`: Ein neuer Medienstrom wurde angelegt.\n- `CME_STREAM_FAIL`: Ein Medienstrom oder eine an ihn gerichtete Anforderung ist fehlgeschlagen.\n- `CME_TERMINAL_FAIL`: Ein Terminal ist ausgefallen.\n- `CME_STREAM_NOT_USED`: Der Medienstrom wurde nicht verwendet.\n- `CME_STREAM_ACTIVE`: Der Medienstrom ist aktiv geworden.\n- `CME_STREAM_INACTIVE`: Der Medienstrom ist nicht mehr aktiv.\n\n# Français\n\nTypes d’événements de média d’un appel, renvoyés par `ITCallMediaEvent::get_Event`. En raison de la latence, des événements de flux peuvent encore arriver quelques secondes après la suppression du flux ou de l’appel.\n\n- `CME_NEW_STREAM`: Un nouveau flux de média a été créé.\n- `CME_STREAM_FAIL`: Un flux de média, ou une requête portant sur lui, a échoué.\n- `CME_TERMINAL_FAIL`: Un terminal a connu une défaillance.\n- `CME_STREAM_NOT_USED`: Le flux de média n’a pas été utilisé.\n- `CME_STREAM_ACTIVE`: Le flux de média est devenu actif.\n- `CME_STREAM_INACTIVE`: Le flux de média n’est plus actif.\n"
    )]
    impl CallMediaEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NewStream,
            Self::StreamFail,
            Self::TerminalFail,
            Self::StreamNotUsed,
            Self::StreamActive,
            Self::StreamInactive,
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
                0 => __tapi::Some(Self::NewStream),
                1 => __tapi::Some(Self::StreamFail),
                2 => __tapi::Some(Self::TerminalFail),
                3 => __tapi::Some(Self::StreamNotUsed),
                4 => __tapi::Some(Self::StreamActive),
                5 => __tapi::Some(Self::StreamInactive),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CME_NEW_STREAM`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallMediaEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallMediaEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallMediaEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallMediaEvent {
        type Error = ::tapi_consts::UnknownValueError<CallMediaEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallMediaEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallMediaEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallMediaEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallMediaEvent);
};
/// What caused a media event on a call, such as a device timeout, as returned by
/// `ITCallMediaEvent::get_Cause`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallMediaEventCause {
    /// The cause of the media event is not known.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CMC_UNKNOWN` = `0x00000000`")]
    Unknown = 0,
    /// The capture or rendering device is not working.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CMC_BAD_DEVICE` = `0x00000001`")]
    BadDevice = 1,
    /// The connection to the media device could not be made.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CMC_CONNECT_FAIL` = `0x00000002`")]
    ConnectFail = 2,
    /// The event follows a local request, such as the application calling a method of the stream.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CMC_LOCAL_REQUEST` = `0x00000003`")]
    LocalRequest = 3,
    /// The event follows a request from the remote end.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CMC_REMOTE_REQUEST` = `0x00000004`")]
    RemoteRequest = 4,
    /// The media device timed out, so the media carrying the stream is unavailable for the time
    /// being.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CMC_MEDIA_TIMEOUT` = `0x00000005`")]
    MediaTimeout = 5,
    /// Media processing has resumed after an interruption.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CMC_MEDIA_RECOVERED` = `0x00000006`")]
    MediaRecovered = 6,
    /// The event has to do with the quality of service (QoS) of the media; it mirrors
    /// `CALL_CAUSE_QUALITY_OF_SERVICE` of the media service provider interface.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CMC_QUALITY_OF_SERVICE` = `0x00000007`")]
    QualityOfService = 7,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "What caused a media event on a call, such as a device timeout, as returned by `ITCallMediaEvent::get_Cause`.The cause of the media event is not known.The capture or rendering device is not working.The connection to the media device could not be made.The event follows a local request, such as the application calling a method of the stream.The event follows a request from the remote end.The media device timed out, so the media carrying the stream is unavailable for the time being.Media processing has resumed after an interruption.The event has to do with the quality of service (QoS) of the media; it mirrors `CALL_CAUSE_QUALITY_OF_SERVICE` of the media service provider interface."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Ursache eines Medienereignisses eines Anrufs, etwa eine Zeitüberschreitung bei einem Gerät, wie `ITCallMediaEvent::get_Cause` sie liefert.Die Ursache des Medienereignisses ist nicht bekannt.Das Erfassungs- oder Wiedergabegerät funktioniert nicht.Die Verbindung zum Mediengerät konnte nicht hergestellt werden.Das Ereignis folgt auf eine lokale Anforderung, etwa den Aufruf einer Methode des Medienstroms durch die Anwendung.Das Ereignis folgt auf eine Anforderung der Gegenseite.Beim Mediengerät ist eine Zeitüberschreitung aufgetreten, sodass das Medium, das den Medienstrom überträgt, vorübergehend nicht verfügbar ist.Die Medienverarbeitung wurde nach einer Unterbrechung wieder aufgenommen.Das Ereignis betrifft die QoS (Dienstgüte) des Mediums; es entspricht `CALL_CAUSE_QUALITY_OF_SERVICE` der Schnittstelle für MSP (Mediendienstanbieter)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Cause d’un événement de média d’un appel, par exemple l’expiration du délai d’un périphérique, telle que la renvoie `ITCallMediaEvent::get_Cause`.La cause de l’événement de média n’est pas connue.Le périphérique de capture ou de restitution ne fonctionne pas.La connexion au périphérique de média n’a pas pu être établie.L’événement fait suite à une requête locale, par exemple l’appel par l’application d’une méthode du flux.L’événement fait suite à une requête de l’extrémité distante.Le délai du périphérique de média a expiré : le média qui porte le flux est temporairement indisponible.Le traitement du média a repris après une interruption.L’événement est lié à la QoS (qualité de service) du média ; il reprend `CALL_CAUSE_QUALITY_OF_SERVICE` de l’interface des MSP (fournisseurs de services de média)."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallMediaEventCause",
            prefix: "CMC_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALL_MEDIA_EVENT_CAUSE"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "CMC_UNKNOWN",
                    "CMC_BAD_DEVICE",
                    "CMC_CONNECT_FAIL",
                    "CMC_LOCAL_REQUEST",
                    "CMC_REMOTE_REQUEST",
                    "CMC_MEDIA_TIMEOUT",
                    "CMC_MEDIA_RECOVERED",
                    "CMC_QUALITY_OF_SERVICE",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0l\0\0\0\0\0\0\0\x8C\0\0\0\0\0\0\0\xA0\0\0\0\xFF\xFF\0\0\0\0l\0\0\0*\0\0\0\x8C\0\0\x004\0\0\0\xA0\0\0\09\0\0\0\xFF\xFF\0\0\0\0\x96\0\0\0/\0\0\0\xC0\0\0\09\0\0\0\xD9\0\0\0A\0\0\0\xFF\xFF\0\0\0\0\xC5\0\0\x005\0\0\0\xF9\0\0\0@\0\0\0\x1A\x01\0\0E\0\0\0\xFF\xFF\0\0\0\0\xFA\0\0\0Z\0\0\09\x01\0\0s\0\0\0_\x01\0\0v\0\0\0\xFF\xFF\0\0\0\0T\x01\0\x000\0\0\0\xAC\x01\0\x007\0\0\0\xD5\x01\0\0G\0\0\0\xFF\xFF\0\0\0\0\x84\x01\0\0_\0\0\0\xE3\x01\0\0\x94\0\0\0\x1C\x02\0\0n\0\0\0\xFF\xFF\0\0\0\0\xE3\x01\0\x003\0\0\0w\x02\0\0I\0\0\0\x8A\x02\0\09\0\0\0\xFF\xFF\0\0\0\0\x16\x02\0\0\x97\0\0\0\xC0\x02\0\0\x99\0\0\0\xC3\x02\0\0\xAE\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CMC_UNKNOWN",
                        "CMC_BAD_DEVICE",
                        "CMC_CONNECT_FAIL",
                        "CMC_LOCAL_REQUEST",
                        "CMC_REMOTE_REQUEST",
                        "CMC_MEDIA_TIMEOUT",
                        "CMC_MEDIA_RECOVERED",
                        "CMC_QUALITY_OF_SERVICE",
                        "UNKNOWN",
                        "BAD_DEVICE",
                        "CONNECT_FAIL",
                        "LOCAL_REQUEST",
                        "REMOTE_REQUEST",
                        "MEDIA_TIMEOUT",
                        "MEDIA_RECOVERED",
                        "QUALITY_OF_SERVICE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x03\0\r\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x06\0\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x01\0\xFF\xFF\xFF\xFF\x08\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CMC_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `CMC_UNKNOWN` | `0x00000000` |\n| `CMC_BAD_DEVICE` | `0x00000001` |\n| `CMC_CONNECT_FAIL` | `0x00000002` |\n| `CMC_LOCAL_REQUEST` | `0x00000003` |\n| `CMC_REMOTE_REQUEST` | `0x00000004` |\n| `CMC_MEDIA_TIMEOUT` | `0x00000005` |\n| `CMC_MEDIA_RECOVERED` | `0x00000006` |\n| `CMC_QUALITY_OF_SERVICE` | `0x00000007` |\n\n# Deutsch\n\nUrsache eines Medienereignisses eines Anrufs, etwa eine Zeitüberschreitung bei einem Gerät, wie `ITCallMediaEvent::get_Cause` sie liefert.\n\n- `CMC_UNKNOWN`: Die Ursache des Medienereignisses ist nicht bekannt.\n- `CMC_BAD_DEVICE`: Das Erfassungs- oder Wiedergabegerät funktioniert nicht.\n- `CMC_CONNECT_FAIL`: Die Verbindung zum Mediengerät konnte nicht hergestellt werden.\n- `CMC_LOCAL_REQUEST`: Das Ereignis folgt auf eine lokale Anforderung, etwa den Aufruf einer Methode des Medienstroms durch die Anwendung.\n- `CMC_REMOTE_REQUEST`: Das Ereignis folgt auf eine Anforderung der Gegenseite.\n- `CMC_MEDIA_TIMEOUT`: Beim Mediengerät ist eine Zeitüberschreitung aufgetreten, sodass das Medium, das den Medienstrom überträgt, vorübergehend nicht verfügbar ist.\n- `CMC_MEDIA_RECOVERED`: Die Medienverarbeitung wurde nach einer Unterbrechung wieder aufgenommen.\n- `CMC_QUALITY_OF_SERVICE`: Das Ereignis betrifft die QoS (Dienstgüte) des Mediums; es entspricht `CALL_CAUSE_QUALITY_OF_SERVICE` der Schnittstelle für MSP (Mediendienstanbieter).\n\n# Français\n\nCause d’un événement de média d’un appel, par exemple l’expiration du délai d’un périphérique, telle que la renvoie `ITCallMediaEvent::get_Cause`.\n\n- `CMC_UNKNOWN`: La cause de l’événement de média n’est pas connue.\n- `CMC_BAD_DEVICE`: Le périphérique de capture ou de restitution ne fonctionne pas.\n- `CMC_CONNECT_FAIL`: La connexion au périphérique de média n’a pas pu être établie.\n- `CMC_LOCAL_REQUEST`: L’événement fait suite à une requête locale, par exemple l’appel par l’application d’une méthode du flux.\n- `CMC_REMOTE_REQUEST`: L’événement fait suite à une requête de l’extrémité distante.\n- `CMC_MEDIA_TIMEOUT`: Le délai du périphérique de média a expiré : le média qui porte le flux est temporairement indisponible.\n- `CMC_MEDIA_RECOVERED`: Le traitement du média a repris après une interruption.\n- `CMC_QUALITY_OF_SERVICE`: L’événement est lié à la QoS (qualité de service) du média ; il reprend `CALL_CAUSE_QUALITY_OF_SERVICE` de l’interface des MSP (fournisseurs de services de média).\n"
    )]
    impl CallMediaEventCause {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Unknown,
            Self::BadDevice,
            Self::ConnectFail,
            Self::LocalRequest,
            Self::RemoteRequest,
            Self::MediaTimeout,
            Self::MediaRecovered,
            Self::QualityOfService,
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
                0 => __tapi::Some(Self::Unknown),
                1 => __tapi::Some(Self::BadDevice),
                2 => __tapi::Some(Self::ConnectFail),
                3 => __tapi::Some(Self::LocalRequest),
                4 => __tapi::Some(Self::RemoteRequest),
                5 => __tapi::Some(Self::MediaTimeout),
                6 => __tapi::Some(Self::MediaRecovered),
                7 => __tapi::Some(Self::QualityOfService),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CMC_UNKNOWN`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallMediaEventCause {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallMediaEventCause> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallMediaEventCause) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallMediaEventCause {
        type Error = ::tapi_consts::UnknownValueError<CallMediaEventCause>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallMediaEventCause {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallMediaEventCause {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallMediaEventCause, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallMediaEventCause);
};
/// Kinds of call notification, returned by `ITCallNotificationEvent::get_Event`: they tell whether
/// the application owns or monitors the call the event is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallNotificationEvent {
    /// The application owns the call on which the event occurred.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CNE_OWNER` = `0x00000000`")]
    Owner = 0,
    /// The application monitors the call on which the event occurred.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CNE_MONITOR` = `0x00000001`")]
    Monitor = 1,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of call notification, returned by `ITCallNotificationEvent::get_Event`: they tell whether the application owns or monitors the call the event is about.The application owns the call on which the event occurred.The application monitors the call on which the event occurred."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Anrufbenachrichtigungen, die `ITCallNotificationEvent::get_Event` liefert: Sie geben an, ob die Anwendung Besitzer des betreffenden Anrufs ist oder ihn überwacht.Die Anwendung ist Besitzer des Anrufs, auf dem das Ereignis eingetreten ist.Die Anwendung überwacht den Anruf, auf dem das Ereignis eingetreten ist."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de notifications d’appel, renvoyés par `ITCallNotificationEvent::get_Event` : ils indiquent si l’application est propriétaire de l’appel concerné ou si elle le surveille.L’application est propriétaire de l’appel sur lequel l’événement s’est produit.L’application surveille l’appel sur lequel l’événement s’est produit."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallNotificationEvent",
            prefix: "CNE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALL_NOTIFICATION_EVENT"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["CNE_OWNER", "CNE_MONITOR"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x9D\0\0\0\0\0\0\0\xAD\0\0\0\0\0\0\0\xB9\0\0\0\xFF\xFF\0\0\0\0\x9D\0\0\0:\0\0\0\xAD\0\0\0L\0\0\0\xB9\0\0\0Z\0\0\0\xFF\xFF\x04\0\x01\0\xD7\0\0\0>\0\0\0\xF9\0\0\0I\0\0\0\x13\x01\0\0O\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CNE_OWNER",
                        "CNE_MONITOR",
                        "OWNER",
                        "MONITOR",
                        "LASTITEM",
                        "CNE_LASTITEM",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CNE_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `CNE_OWNER` | `0x00000000` |\n| `CNE_MONITOR`<br>alias `CNE_LASTITEM` | `0x00000001` |\n\n# Deutsch\n\nArten von Anrufbenachrichtigungen, die `ITCallNotificationEvent::get_Event` liefert: Sie geben an, ob die Anwendung Besitzer des betreffenden Anrufs ist oder ihn überwacht.\n\n- `CNE_OWNER`: Die Anwendung ist Besitzer des Anrufs, auf dem das Ereignis eingetreten ist.\n- `CNE_MONITOR`: Die Anwendung überwacht den Anruf, auf dem das Ereignis eingetreten ist.\n\n# Français\n\nTypes de notifications d’appel, renvoyés par `ITCallNotificationEvent::get_Event` : ils indiquent si l’application est propriétaire de l’appel concerné ou si elle le surveille.\n\n- `CNE_OWNER`: L’application est propriétaire de l’appel sur lequel l’événement s’est produit.\n- `CNE_MONITOR`: L’application surveille l’appel sur lequel l’événement s’est produit.\n"
    )]
    impl CallNotificationEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Owner, Self::Monitor];
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
                0 => __tapi::Some(Self::Owner),
                1 => __tapi::Some(Self::Monitor),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CNE_OWNER`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallNotificationEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallNotificationEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallNotificationEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallNotificationEvent {
        type Error = ::tapi_consts::UnknownValueError<CallNotificationEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallNotificationEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallNotificationEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallNotificationEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallNotificationEvent);
};
/// The privilege the application holds on a call, owner or monitor, as returned by
/// `ITCallInfo::get_Privilege`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallPrivilege {
    /// The application owns the call and may act on it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CP_OWNER` = `0x00000000`")]
    Owner = 0,
    /// The application only monitors the call: it receives its events and can read its information,
    /// but most operations on it fail.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CP_MONITOR` = `0x00000001`")]
    Monitor = 1,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "The privilege the application holds on a call, owner or monitor, as returned by `ITCallInfo::get_Privilege`.The application owns the call and may act on it.The application only monitors the call: it receives its events and can read its information, but most operations on it fail."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Die Berechtigung, die die Anwendung für einen Anruf hat (Besitzerprivileg oder Überwachungsberechtigung), wie `ITCallInfo::get_Privilege` sie liefert.Die Anwendung ist Besitzer des Anrufs und darf Operationen auf ihm ausführen.Die Anwendung überwacht den Anruf nur: Sie erhält seine Ereignisse und kann seine Informationen lesen, aber die meisten Operationen auf dem Anruf schlagen fehl."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Privilège que l’application détient sur un appel, propriétaire ou surveillance, tel que le renvoie `ITCallInfo::get_Privilege`.L’application est propriétaire de l’appel et peut agir dessus.L’application se contente de surveiller l’appel : elle en reçoit les événements et peut en lire les informations, mais la plupart des opérations sur l’appel échouent."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallPrivilege",
            prefix: "CP_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALL_PRIVILEGE"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["CP_OWNER", "CP_MONITOR"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0l\0\0\0\0\0\0\0\x98\0\0\0\0\0\0\0\x84\0\0\0\xFF\xFF\0\0\0\0l\0\0\x000\0\0\0\x98\0\0\0N\0\0\0\x84\0\0\0C\0\0\0\xFF\xFF\0\0\0\0\x9C\0\0\0|\0\0\0\xE6\0\0\0\xA2\0\0\0\xC7\0\0\0\xB1\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["CP_OWNER", "CP_MONITOR", "OWNER", "MONITOR"],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CP_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `CP_OWNER` | `0x00000000` |\n| `CP_MONITOR` | `0x00000001` |\n\n# Deutsch\n\nDie Berechtigung, die die Anwendung für einen Anruf hat (Besitzerprivileg oder Überwachungsberechtigung), wie `ITCallInfo::get_Privilege` sie liefert.\n\n- `CP_OWNER`: Die Anwendung ist Besitzer des Anrufs und darf Operationen auf ihm ausführen.\n- `CP_MONITOR`: Die Anwendung überwacht den Anruf nur: Sie erhält seine Ereignisse und kann seine Informationen lesen, aber die meisten Operationen auf dem Anruf schlagen fehl.\n\n# Français\n\nPrivilège que l’application détient sur un appel, propriétaire ou surveillance, tel que le renvoie `ITCallInfo::get_Privilege`.\n\n- `CP_OWNER`: L’application est propriétaire de l’appel et peut agir dessus.\n- `CP_MONITOR`: L’application se contente de surveiller l’appel : elle en reçoit les événements et peut en lire les informations, mais la plupart des opérations sur l’appel échouent.\n"
    )]
    impl CallPrivilege {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Owner, Self::Monitor];
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
                0 => __tapi::Some(Self::Owner),
                1 => __tapi::Some(Self::Monitor),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CP_OWNER`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallPrivilege {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallPrivilege> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallPrivilege) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallPrivilege {
        type Error = ::tapi_consts::UnknownValueError<CallPrivilege>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallPrivilege {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallPrivilege {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallPrivilege, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallPrivilege);
};
/// States of a TAPI 3 call, read with `ITCallInfo::get_CallState` and reported by
/// `ITCallStateEvent::get_State`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallState {
    /// The call object exists but `Connect` has not been called yet; incoming and outgoing calls
    /// both start here, and no call ever returns to this state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CS_IDLE` = `0x00000000`")]
    Idle = 0,
    /// `Connect` has been called and the service provider is setting up the connection; only
    /// outgoing calls pass through this state, and a provider may skip it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CS_INPROGRESS` = `0x00000001`")]
    InProgress = 1,
    /// The call is connected to the remote end and communication can take place.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CS_CONNECTED` = `0x00000002`")]
    Connected = 2,
    /// The call has been disconnected; it leaves this state for no other, and the application
    /// should release it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CS_DISCONNECTED` = `0x00000003`")]
    Disconnected = 3,
    /// A new call is being offered to the application, which can answer or disconnect it if it
    /// holds owner privilege.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CS_OFFERING` = `0x00000004`")]
    Offering = 4,
    /// The call has been put on hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CS_HOLD` = `0x00000005`")]
    Hold = 5,
    /// The call is waiting in a queue.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CS_QUEUED` = `0x00000006`")]
    Queued = 6,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "States of a TAPI 3 call, read with `ITCallInfo::get_CallState` and reported by `ITCallStateEvent::get_State`.The call object exists but `Connect` has not been called yet; incoming and outgoing calls both start here, and no call ever returns to this state.`Connect` has been called and the service provider is setting up the connection; only outgoing calls pass through this state, and a provider may skip it.The call is connected to the remote end and communication can take place.The call has been disconnected; it leaves this state for no other, and the application should release it.A new call is being offered to the application, which can answer or disconnect it if it holds owner privilege.The call has been put on hold.The call is waiting in a queue."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Zustände eines TAPI-3-Anrufs, die mit `ITCallInfo::get_CallState` gelesen und von `ITCallStateEvent::get_State` gemeldet werden.Das Anrufobjekt besteht, aber `Connect` wurde noch nicht aufgerufen; eingehende wie ausgehende Anrufe beginnen in diesem Zustand, und kein Anruf kehrt je in ihn zurück.`Connect` wurde aufgerufen, und der Dienstanbieter baut die Verbindung auf; nur ausgehende Anrufe durchlaufen diesen Zustand, und ein Anbieter kann ihn überspringen.Der Anruf ist mit der Gegenseite verbunden, und die Kommunikation kann stattfinden.Die Verbindung des Anrufs wurde getrennt; aus diesem Zustand wechselt er in keinen anderen mehr, und die Anwendung sollte ihn freigeben.Der Anwendung wird ein neuer Anruf angeboten; hat sie das Besitzerprivileg, kann sie ihn annehmen oder seine Verbindung trennen.Der Anruf wurde in den Haltezustand versetzt.Der Anruf wartet in einer Warteschlange."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "États d’un appel TAPI 3, lus avec `ITCallInfo::get_CallState` et signalés par `ITCallStateEvent::get_State`.L’objet appel existe mais `Connect` n’a pas encore été appelé ; les appels entrants comme sortants commencent dans cet état, et aucun appel n’y revient jamais.`Connect` a été appelé et le fournisseur de services établit la connexion ; seuls les appels sortants passent par cet état, et un fournisseur peut l’omettre.L’appel est connecté à l’extrémité distante et la communication peut avoir lieu.L’appel a été déconnecté ; il ne passe plus dans aucun autre état, et l’application doit le libérer.Un nouvel appel est présenté à l’application, qui peut y répondre ou le déconnecter si elle détient le privilège de propriétaire.L’appel a été mis en attente.L’appel patiente dans une file d’attente."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallState",
            prefix: "CS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALL_STATE"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "CS_IDLE",
                    "CS_INPROGRESS",
                    "CS_CONNECTED",
                    "CS_DISCONNECTED",
                    "CS_OFFERING",
                    "CS_HOLD",
                    "CS_QUEUED",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0m\0\0\0\0\0\0\0\x81\0\0\0\0\0\0\0p\0\0\0\xFF\xFF\0\0\0\0m\0\0\0\x92\0\0\0\x81\0\0\0\xA9\0\0\0p\0\0\0\xA9\0\0\0\xFF\xFF\0\0\0\0\xFF\0\0\0\x99\0\0\0*\x01\0\0\xA6\0\0\0\x19\x01\0\0\xA4\0\0\0\xFF\xFF\0\0\0\0\x98\x01\0\0I\0\0\0\xD0\x01\0\0S\0\0\0\xBD\x01\0\0X\0\0\0\xFF\xFF\0\0\0\0\xE1\x01\0\0i\0\0\0#\x02\0\0\x88\0\0\0\x15\x02\0\0n\0\0\0\xFF\xFF\0\0\0\0J\x02\0\0n\0\0\0\xAB\x02\0\0\x80\0\0\0\x83\x02\0\0\x8B\0\0\0\xFF\xFF\0\0\0\0\xB8\x02\0\0\x1E\0\0\0+\x03\0\0-\0\0\0\x0E\x03\0\0!\0\0\0\xFF\xFF\x0E\0\x01\0\xD6\x02\0\0\x1F\0\0\0X\x03\0\0(\0\0\0/\x03\0\0-\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CS_IDLE",
                        "CS_INPROGRESS",
                        "CS_CONNECTED",
                        "CS_DISCONNECTED",
                        "CS_OFFERING",
                        "CS_HOLD",
                        "CS_QUEUED",
                        "IDLE",
                        "INPROGRESS",
                        "CONNECTED",
                        "DISCONNECTED",
                        "OFFERING",
                        "HOLD",
                        "QUEUED",
                        "LASTITEM",
                        "CS_LASTITEM",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4944149664542091734u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x02\0\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x03\0\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CS_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `CS_IDLE` | `0x00000000` |\n| `CS_INPROGRESS` | `0x00000001` |\n| `CS_CONNECTED` | `0x00000002` |\n| `CS_DISCONNECTED` | `0x00000003` |\n| `CS_OFFERING` | `0x00000004` |\n| `CS_HOLD` | `0x00000005` |\n| `CS_QUEUED`<br>alias `CS_LASTITEM` | `0x00000006` |\n\n# Deutsch\n\nZustände eines TAPI-3-Anrufs, die mit `ITCallInfo::get_CallState` gelesen und von `ITCallStateEvent::get_State` gemeldet werden.\n\n- `CS_IDLE`: Das Anrufobjekt besteht, aber `Connect` wurde noch nicht aufgerufen; eingehende wie ausgehende Anrufe beginnen in diesem Zustand, und kein Anruf kehrt je in ihn zurück.\n- `CS_INPROGRESS`: `Connect` wurde aufgerufen, und der Dienstanbieter baut die Verbindung auf; nur ausgehende Anrufe durchlaufen diesen Zustand, und ein Anbieter kann ihn überspringen.\n- `CS_CONNECTED`: Der Anruf ist mit der Gegenseite verbunden, und die Kommunikation kann stattfinden.\n- `CS_DISCONNECTED`: Die Verbindung des Anrufs wurde getrennt; aus diesem Zustand wechselt er in keinen anderen mehr, und die Anwendung sollte ihn freigeben.\n- `CS_OFFERING`: Der Anwendung wird ein neuer Anruf angeboten; hat sie das Besitzerprivileg, kann sie ihn annehmen oder seine Verbindung trennen.\n- `CS_HOLD`: Der Anruf wurde in den Haltezustand versetzt.\n- `CS_QUEUED`: Der Anruf wartet in einer Warteschlange.\n\n# Français\n\nÉtats d’un appel TAPI 3, lus avec `ITCallInfo::get_CallState` et signalés par `ITCallStateEvent::get_State`.\n\n- `CS_IDLE`: L’objet appel existe mais `Connect` n’a pas encore été appelé ; les appels entrants comme sortants commencent dans cet état, et aucun appel n’y revient jamais.\n- `CS_INPROGRESS`: `Connect` a été appelé et le fournisseur de services établit la connexion ; seuls les appels sortants passent par cet état, et un fournisseur peut l’omettre.\n- `CS_CONNECTED`: L’appel est connecté à l’extrémité distante et la communication peut avoir lieu.\n- `CS_DISCONNECTED`: L’appel a été déconnecté ; il ne passe plus dans aucun autre état, et l’application doit le libérer.\n- `CS_OFFERING`: Un nouvel appel est présenté à l’application, qui peut y répondre ou le déconnecter si elle détient le privilège de propriétaire.\n- `CS_HOLD`: L’appel a été mis en attente.\n- `CS_QUEUED`: L’appel patiente dans une file d’attente.\n"
    )]
    impl CallState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Idle,
            Self::InProgress,
            Self::Connected,
            Self::Disconnected,
            Self::Offering,
            Self::Hold,
            Self::Queued,
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
                0 => __tapi::Some(Self::Idle),
                1 => __tapi::Some(Self::InProgress),
                2 => __tapi::Some(Self::Connected),
                3 => __tapi::Some(Self::Disconnected),
                4 => __tapi::Some(Self::Offering),
                5 => __tapi::Some(Self::Hold),
                6 => __tapi::Some(Self::Queued),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CS_IDLE`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallState {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallState> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallState) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallState {
        type Error = ::tapi_consts::UnknownValueError<CallState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallState, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallState);
};
/// Why a call changed state, as returned by `ITCallStateEvent::get_Cause`. Apart from `CEC_NONE`,
/// every cause explains why a call was disconnected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallStateEventCause {
    /// No particular cause comes with the event.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CEC_NONE` = `0x00000000`")]
    None = 0,
    /// The call ended in the normal course of its life: it was over, so it was disconnected.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CEC_DISCONNECT_NORMAL` = `0x00000001`")]
    DisconnectNormal = 1,
    /// An outgoing call could not connect because the remote end was busy.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CEC_DISCONNECT_BUSY` = `0x00000002`")]
    DisconnectBusy = 2,
    /// An outgoing call failed because the destination address was not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CEC_DISCONNECT_BADADDRESS` = `0x00000003`")]
    DisconnectBadAddress = 3,
    /// An outgoing call failed because nobody answered at the remote end.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CEC_DISCONNECT_NOANSWER` = `0x00000004`")]
    DisconnectNoAnswer = 4,
    /// An outgoing call failed because the caller ended it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CEC_DISCONNECT_CANCELLED` = `0x00000005`")]
    DisconnectCancelled = 5,
    /// The remote end rejected the outgoing call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CEC_DISCONNECT_REJECTED` = `0x00000006`")]
    DisconnectRejected = 6,
    /// The call could not connect for some other reason.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CEC_DISCONNECT_FAILED` = `0x00000007`")]
    DisconnectFailed = 7,
    /// The network blocked the call; this is the TAPI 3 counterpart of
    /// `LINEDISCONNECTMODE_BLOCKED`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CEC_DISCONNECT_BLOCKED` = `0x00000008`")]
    DisconnectBlocked = 8,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Why a call changed state, as returned by `ITCallStateEvent::get_Cause`. Apart from `CEC_NONE`, every cause explains why a call was disconnected.No particular cause comes with the event.The call ended in the normal course of its life: it was over, so it was disconnected.An outgoing call could not connect because the remote end was busy.An outgoing call failed because the destination address was not valid.An outgoing call failed because nobody answered at the remote end.An outgoing call failed because the caller ended it.The remote end rejected the outgoing call.The call could not connect for some other reason.The network blocked the call; this is the TAPI 3 counterpart of `LINEDISCONNECTMODE_BLOCKED`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Grund, aus dem ein Anruf seinen Zustand gewechselt hat, wie `ITCallStateEvent::get_Cause` ihn liefert. Abgesehen von `CEC_NONE` erklärt jede Ursache, warum die Verbindung eines Anrufs getrennt wurde.Das Ereignis hat keine besondere Ursache.Der Anruf endete im normalen Verlauf: Er war abgeschlossen, daher wurde seine Verbindung getrennt.Ein ausgehender Anruf kam nicht zustande, weil die Gegenseite besetzt war.Ein ausgehender Anruf ist fehlgeschlagen, weil die Zieladresse ungültig war.Ein ausgehender Anruf ist fehlgeschlagen, weil sich auf der Gegenseite niemand gemeldet hat.Ein ausgehender Anruf ist fehlgeschlagen, weil der Anrufer ihn beendet hat.Die Gegenseite hat den ausgehenden Anruf abgewiesen.Der Anruf kam aus einem anderen Grund nicht zustande.Das Netz hat den Anruf blockiert; dies ist das TAPI-3-Gegenstück zu `LINEDISCONNECTMODE_BLOCKED`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Raison pour laquelle un appel a changé d’état, telle que la renvoie `ITCallStateEvent::get_Cause`. Hormis `CEC_NONE`, chaque cause explique la déconnexion d’un appel.Aucune cause particulière n’accompagne l’événement.L’appel s’est terminé dans le cours normal de son existence : il était fini, il a donc été déconnecté.Un appel sortant n’a pas pu aboutir, car l’extrémité distante était occupée.Un appel sortant a échoué, car l’adresse de destination n’était pas valide.Un appel sortant a échoué, car personne n’a répondu à l’extrémité distante.Un appel sortant a échoué, car l’appelant y a mis fin.L’extrémité distante a refusé l’appel sortant.L’appel n’a pas pu aboutir pour une autre raison.Le réseau a bloqué l’appel ; c’est l’équivalent TAPI 3 de `LINEDISCONNECTMODE_BLOCKED`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallStateEventCause",
            prefix: "CEC_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALL_STATE_EVENT_CAUSE"),
            known_bits: 15u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "CEC_NONE",
                    "CEC_DISCONNECT_NORMAL",
                    "CEC_DISCONNECT_BUSY",
                    "CEC_DISCONNECT_BADADDRESS",
                    "CEC_DISCONNECT_NOANSWER",
                    "CEC_DISCONNECT_CANCELLED",
                    "CEC_DISCONNECT_REJECTED",
                    "CEC_DISCONNECT_FAILED",
                    "CEC_DISCONNECT_BLOCKED",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x90\0\0\0\0\0\0\0\xC8\0\0\0\0\0\0\0\xAD\0\0\0\xFF\xFF\0\0\0\0\x90\0\0\0)\0\0\0\xC8\0\0\0)\0\0\0\xAD\0\0\0:\0\0\0\xFF\xFF\0\0\0\0\xB9\0\0\0U\0\0\0\xF1\0\0\0b\0\0\0\xE7\0\0\0p\0\0\0\xFF\xFF\0\0\0\0\x0E\x01\0\0C\0\0\0S\x01\0\0J\0\0\0W\x01\0\0T\0\0\0\xFF\xFF\0\0\0\0Q\x01\0\0F\0\0\0\x9D\x01\0\0M\0\0\0\xAB\x01\0\0R\0\0\0\xFF\xFF\0\0\0\0\x97\x01\0\0B\0\0\0\xEA\x01\0\0\\\0\0\0\xFD\x01\0\0U\0\0\0\xFF\xFF\0\0\0\0\xD9\x01\0\x004\0\0\0F\x02\0\0K\0\0\0R\x02\0\0:\0\0\0\xFF\xFF\0\0\0\0\r\x02\0\0*\0\0\0\x91\x02\0\x004\0\0\0\x8C\x02\0\x005\0\0\0\xFF\xFF\0\0\0\x007\x02\0\x001\0\0\0\xC5\x02\0\x005\0\0\0\xC1\x02\0\x005\0\0\0\x03\x01\0\0\0\0h\x02\0\0]\0\0\0\xFA\x02\0\0b\0\0\0\xF6\x02\0\0`\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CEC_NONE",
                        "CEC_DISCONNECT_NORMAL",
                        "CEC_DISCONNECT_BUSY",
                        "CEC_DISCONNECT_BADADDRESS",
                        "CEC_DISCONNECT_NOANSWER",
                        "CEC_DISCONNECT_CANCELLED",
                        "CEC_DISCONNECT_REJECTED",
                        "CEC_DISCONNECT_FAILED",
                        "CEC_DISCONNECT_BLOCKED",
                        "NONE",
                        "DISCONNECT_NORMAL",
                        "DISCONNECT_BUSY",
                        "DISCONNECT_BADADDRESS",
                        "DISCONNECT_NOANSWER",
                        "DISCONNECT_CANCELLED",
                        "DISCONNECT_REJECTED",
                        "DISCONNECT_FAILED",
                        "DISCONNECT_BLOCKED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x08\0\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\x0C\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CEC_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `CEC_NONE` | `0x00000000` |  |\n| `CEC_DISCONNECT_NORMAL` | `0x00000001` |  |\n| `CEC_DISCONNECT_BUSY` | `0x00000002` |  |\n| `CEC_DISCONNECT_BADADDRESS` | `0x00000003` |  |\n| `CEC_DISCONNECT_NOANSWER` | `0x00000004` |  |\n| `CEC_DISCONNECT_CANCELLED` | `0x00000005` |  |\n| `CEC_DISCONNECT_REJECTED` | `0x00000006` |  |\n| `CEC_DISCONNECT_FAILED` | `0x00000007` |  |\n| `CEC_DISCONNECT_BLOCKED` | `0x00000008` | TAPI 3.1 |\n\n# Deutsch\n\nGrund, aus dem ein Anruf seinen Zustand gewechselt hat, wie `ITCallStateEvent::get_Cause` ihn liefert. Abgesehen von `CEC_NONE` erklärt jede Ursache, warum die Verbindung eines Anrufs getrennt wurde.\n\n- `CEC_NONE`: Das Ereignis hat keine besondere Ursache.\n- `CEC_DISCONNECT_NORMAL`: Der Anruf endete im normalen Verlauf: Er war abgeschlossen, daher wurde seine Verbindung getrennt.\n- `CEC_DISCONNECT_BUSY`: Ein ausgehender Anruf kam nicht zustande, weil die Gegenseite besetzt war.\n- `CEC_DISCONNECT_BADADDRESS`: Ein ausgehender Anruf ist fehlgeschlagen, weil die Zieladresse ungültig war.\n- `CEC_DISCONNECT_NOANSWER`: Ein ausgehender Anruf ist fehlgeschlagen, weil sich auf der Gegenseite niemand gemeldet hat.\n- `CEC_DISCONNECT_CANCELLED`: Ein ausgehender Anruf ist fehlgeschlagen, weil der Anrufer ihn beendet hat.\n- `CEC_DISCONNECT_REJECTED`: Die Gegenseite hat den ausgehenden Anruf abgewiesen.\n- `CEC_DISCONNECT_FAILED`: Der Anruf kam aus einem anderen Grund nicht zustande.\n- `CEC_DISCONNECT_BLOCKED`: Das Netz hat den Anruf blockiert; dies ist das TAPI-3-Gegenstück zu `LINEDISCONNECTMODE_BLOCKED`.\n\n# Français\n\nRaison pour laquelle un appel a changé d’état, telle que la renvoie `ITCallStateEvent::get_Cause`. Hormis `CEC_NONE`, chaque cause explique la déconnexion d’un appel.\n\n- `CEC_NONE`: Aucune cause particulière n’accompagne l’événement.\n- `CEC_DISCONNECT_NORMAL`: L’appel s’est terminé dans le cours normal de son existence : il était fini, il a donc été déconnecté.\n- `CEC_DISCONNECT_BUSY`: Un appel sortant n’a pas pu aboutir, car l’extrémité distante était occupée.\n- `CEC_DISCONNECT_BADADDRESS`: Un appel sortant a échoué, car l’adresse de destination n’était pas valide.\n- `CEC_DISCONNECT_NOANSWER`: Un appel sortant a échoué, car personne n’a répondu à l’extrémité distante.\n- `CEC_DISCONNECT_CANCELLED`: Un appel sortant a échoué, car l’appelant y a mis fin.\n- `CEC_DISCONNECT_REJECTED`: L’extrémité distante a refusé l’appel sortant.\n- `CEC_DISCONNECT_FAILED`: L’appel n’a pas pu aboutir pour une autre raison.\n- `CEC_DISCONNECT_BLOCKED`: Le réseau a bloqué l’appel ; c’est l’équivalent TAPI 3 de `LINEDISCONNECTMODE_BLOCKED`.\n"
    )]
    impl CallStateEventCause {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::None,
            Self::DisconnectNormal,
            Self::DisconnectBusy,
            Self::DisconnectBadAddress,
            Self::DisconnectNoAnswer,
            Self::DisconnectCancelled,
            Self::DisconnectRejected,
            Self::DisconnectFailed,
            Self::DisconnectBlocked,
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
                0 => __tapi::Some(Self::None),
                1 => __tapi::Some(Self::DisconnectNormal),
                2 => __tapi::Some(Self::DisconnectBusy),
                3 => __tapi::Some(Self::DisconnectBadAddress),
                4 => __tapi::Some(Self::DisconnectNoAnswer),
                5 => __tapi::Some(Self::DisconnectCancelled),
                6 => __tapi::Some(Self::DisconnectRejected),
                7 => __tapi::Some(Self::DisconnectFailed),
                8 => __tapi::Some(Self::DisconnectBlocked),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CEC_NONE`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallStateEventCause {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallStateEventCause> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallStateEventCause) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallStateEventCause {
        type Error = ::tapi_consts::UnknownValueError<CallStateEventCause>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallStateEventCause {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallStateEventCause {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallStateEventCause, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallStateEventCause);
};
/// Kinds of call hub event, returned by `ITCallHubEvent::get_Event`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallHubEvent {
    /// A call has joined the call hub.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CHE_CALLJOIN` = `0x00000000`")]
    CallJoin = 0,
    /// A call has left the call hub.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CHE_CALLLEAVE` = `0x00000001`")]
    CallLeave = 1,
    /// A new call hub has appeared.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CHE_CALLHUBNEW` = `0x00000002`")]
    CallHubNew = 2,
    /// A call hub has become idle.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CHE_CALLHUBIDLE` = `0x00000003`")]
    CallHubIdle = 3,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of call hub event, returned by `ITCallHubEvent::get_Event`.A call has joined the call hub.A call has left the call hub.A new call hub has appeared.A call hub has become idle."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Anrufhub-Ereignissen, die `ITCallHubEvent::get_Event` liefert.Ein Anruf ist dem Anrufhub beigetreten.Ein Anruf hat den Anrufhub verlassen.Ein neuer Anrufhub ist entstanden.Ein Anrufhub ist inaktiv geworden."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements de concentrateur d’appels (call hub), renvoyés par `ITCallHubEvent::get_Event`.Un appel a rejoint le concentrateur d’appels.Un appel a quitté le concentrateur d’appels.Un nouveau concentrateur d’appels est apparu.Un concentrateur d’appels est devenu inactif."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallHubEvent",
            prefix: "CHE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALLHUB_EVENT"),
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "CHE_CALLJOIN",
                    "CHE_CALLLEAVE",
                    "CHE_CALLHUBNEW",
                    "CHE_CALLHUBIDLE",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0A\0\0\0\0\0\0\0H\0\0\0\0\0\0\0i\0\0\0\xFF\xFF\0\0\0\0A\0\0\0\x1F\0\0\0H\0\0\0'\0\0\0i\0\0\0/\0\0\0\xFF\xFF\0\0\0\0`\0\0\0\x1D\0\0\0o\0\0\0%\0\0\0\x98\0\0\0/\0\0\0\xFF\xFF\0\0\0\0}\0\0\0\x1C\0\0\0\x94\0\0\0\"\0\0\0\xC7\0\0\0/\0\0\0\xFF\xFF\x08\0\x01\0\x99\0\0\0\x1B\0\0\0\xB6\0\0\0\"\0\0\0\xF6\0\0\0/\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CHE_CALLJOIN",
                        "CHE_CALLLEAVE",
                        "CHE_CALLHUBNEW",
                        "CHE_CALLHUBIDLE",
                        "CALLJOIN",
                        "CALLLEAVE",
                        "CALLHUBNEW",
                        "CALLHUBIDLE",
                        "LASTITEM",
                        "CHE_LASTITEM",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 9356357495300657340u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CHE_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `CHE_CALLJOIN` | `0x00000000` |\n| `CHE_CALLLEAVE` | `0x00000001` |\n| `CHE_CALLHUBNEW` | `0x00000002` |\n| `CHE_CALLHUBIDLE`<br>alias `CHE_LASTITEM` | `0x00000003` |\n\n# Deutsch\n\nArten von Anrufhub-Ereignissen, die `ITCallHubEvent::get_Event` liefert.\n\n- `CHE_CALLJOIN`: Ein Anruf ist dem Anrufhub beigetreten.\n- `CHE_CALLLEAVE`: Ein Anruf hat den Anrufhub verlassen.\n- `CHE_CALLHUBNEW`: Ein neuer Anrufhub ist entstanden.\n- `CHE_CALLHUBIDLE`: Ein Anrufhub ist inaktiv geworden.\n\n# Français\n\nTypes d’événements de concentrateur d’appels (call hub), renvoyés par `ITCallHubEvent::get_Event`.\n\n- `CHE_CALLJOIN`: Un appel a rejoint le concentrateur d’appels.\n- `CHE_CALLLEAVE`: Un appel a quitté le concentrateur d’appels.\n- `CHE_CALLHUBNEW`: Un nouveau concentrateur d’appels est apparu.\n- `CHE_CALLHUBIDLE`: Un concentrateur d’appels est devenu inactif.\n"
    )]
    impl CallHubEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::CallJoin,
            Self::CallLeave,
            Self::CallHubNew,
            Self::CallHubIdle,
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
                0 => __tapi::Some(Self::CallJoin),
                1 => __tapi::Some(Self::CallLeave),
                2 => __tapi::Some(Self::CallHubNew),
                3 => __tapi::Some(Self::CallHubIdle),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CHE_CALLJOIN`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallHubEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallHubEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallHubEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallHubEvent {
        type Error = ::tapi_consts::UnknownValueError<CallHubEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallHubEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallHubEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallHubEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallHubEvent);
};
/// State of a call hub, as returned by `ITCallHub::get_State`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallHubState {
    /// At least one call of the call hub is not in the `CS_DISCONNECTED` state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CHS_ACTIVE` = `0x00000000`")]
    Active = 0,
    /// Every call of the call hub is in the `CS_DISCONNECTED` state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CHS_IDLE` = `0x00000001`")]
    Idle = 1,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "State of a call hub, as returned by `ITCallHub::get_State`.At least one call of the call hub is not in the `CS_DISCONNECTED` state.Every call of the call hub is in the `CS_DISCONNECTED` state."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Zustand eines Anrufhubs, wie `ITCallHub::get_State` ihn liefert.Mindestens ein Anruf des Anrufhubs ist nicht im Zustand `CS_DISCONNECTED`.Alle Anrufe des Anrufhubs sind im Zustand `CS_DISCONNECTED`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "État d’un concentrateur d’appels, tel que le renvoie `ITCallHub::get_State`.Au moins un appel du concentrateur d’appels n’est pas à l’état `CS_DISCONNECTED`.Tous les appels du concentrateur d’appels sont à l’état `CS_DISCONNECTED`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallHubState",
            prefix: "CHS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALLHUB_STATE"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["CHS_ACTIVE", "CHS_IDLE"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0;\0\0\0\0\0\0\0@\0\0\0\0\0\0\0Q\0\0\0\xFF\xFF\0\0\0\0;\0\0\0H\0\0\0@\0\0\0J\0\0\0Q\0\0\0Y\0\0\0\xFF\xFF\0\0\0\0\x83\0\0\0=\0\0\0\x8A\0\0\0<\0\0\0\xAA\0\0\0P\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["CHS_ACTIVE", "CHS_IDLE", "ACTIVE", "IDLE"],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CHS_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `CHS_ACTIVE` | `0x00000000` |\n| `CHS_IDLE` | `0x00000001` |\n\n# Deutsch\n\nZustand eines Anrufhubs, wie `ITCallHub::get_State` ihn liefert.\n\n- `CHS_ACTIVE`: Mindestens ein Anruf des Anrufhubs ist nicht im Zustand `CS_DISCONNECTED`.\n- `CHS_IDLE`: Alle Anrufe des Anrufhubs sind im Zustand `CS_DISCONNECTED`.\n\n# Français\n\nÉtat d’un concentrateur d’appels, tel que le renvoie `ITCallHub::get_State`.\n\n- `CHS_ACTIVE`: Au moins un appel du concentrateur d’appels n’est pas à l’état `CS_DISCONNECTED`.\n- `CHS_IDLE`: Tous les appels du concentrateur d’appels sont à l’état `CS_DISCONNECTED`.\n"
    )]
    impl CallHubState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Active, Self::Idle];
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
                0 => __tapi::Some(Self::Active),
                1 => __tapi::Some(Self::Idle),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CHS_ACTIVE`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallHubState {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallHubState> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallHubState) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallHubState {
        type Error = ::tapi_consts::UnknownValueError<CallHubState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallHubState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallHubState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallHubState, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallHubState);
};
/// Selects the buffer of call information read or written with `ITCallInfo::GetCallInfoBuffer` and
/// `ITCallInfo::SetCallInfoBuffer`, or with `get_CallInfoBuffer` and `put_CallInfoBuffer` from
/// Automation clients.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallInfoBuffer {
    /// User-user information, sent to or received from the remote party of the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIB_USERUSERINFO` = `0x00000000`")]
    UserUserInfo = 0,
    /// Device-specific data exchanged with the service provider, whose meaning depends on the
    /// provider.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIB_DEVSPECIFICBUFFER` = `0x00000001`")]
    DevSpecificBuffer = 1,
    /// The call data, a block the application and the service provider exchange about this call;
    /// its content depends on the provider.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIB_CALLDATABUFFER` = `0x00000002`")]
    CallDataBuffer = 2,
    /// Charging information, in a format that other standards define (ISDN Q.931).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIB_CHARGINGINFOBUFFER` = `0x00000003`")]
    ChargingInfoBuffer = 3,
    /// High-level compatibility information, in a format that other standards define (ISDN Q.931).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIB_HIGHLEVELCOMPATIBILITYBUFFER` = `0x00000004`")]
    HighLevelCompatibilityBuffer = 4,
    /// Low-level compatibility information, in a format that other standards define (ISDN Q.931).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIB_LOWLEVELCOMPATIBILITYBUFFER` = `0x00000005`")]
    LowLevelCompatibilityBuffer = 5,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Selects the buffer of call information read or written with `ITCallInfo::GetCallInfoBuffer` and `ITCallInfo::SetCallInfoBuffer`, or with `get_CallInfoBuffer` and `put_CallInfoBuffer` from Automation clients.User-user information, sent to or received from the remote party of the call.Device-specific data exchanged with the service provider, whose meaning depends on the provider.The call data, a block the application and the service provider exchange about this call; its content depends on the provider.Charging information, in a format that other standards define (ISDN Q.931).High-level compatibility information, in a format that other standards define (ISDN Q.931).Low-level compatibility information, in a format that other standards define (ISDN Q.931)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Wählt den Puffer der Anrufinformationen aus, der mit `ITCallInfo::GetCallInfoBuffer` und `ITCallInfo::SetCallInfoBuffer` oder von Automatisierungsclients mit `get_CallInfoBuffer` und `put_CallInfoBuffer` gelesen oder geschrieben wird.Benutzer-zu-Benutzer-Informationen, die an die Gegenseite des Anrufs gesendet oder von ihr empfangen werden.Gerätespezifische Daten, die mit dem Dienstanbieter ausgetauscht werden und deren Bedeutung vom Anbieter abhängt.Die Anrufdaten, ein Block, den die Anwendung und der Dienstanbieter zu diesem Anruf austauschen; sein Inhalt hängt vom Anbieter ab.Gebühreninformationen in einem Format, das andere Normen festlegen (ISDN, Q.931).Kompatibilitätsinformationen der höheren Schichten in einem Format, das andere Normen festlegen (ISDN, Q.931).Kompatibilitätsinformationen der unteren Schichten in einem Format, das andere Normen festlegen (ISDN, Q.931)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Désigne la mémoire tampon d’informations d’appel lue ou écrite avec `ITCallInfo::GetCallInfoBuffer` et `ITCallInfo::SetCallInfoBuffer`, ou avec `get_CallInfoBuffer` et `put_CallInfoBuffer` depuis les clients Automation.Informations d’usager à usager, envoyées au correspondant distant de l’appel ou reçues de lui.Données propres au périphérique échangées avec le fournisseur de services, dont le sens dépend du fournisseur.Données d’appel, un bloc que l’application et le fournisseur de services échangent au sujet de cet appel ; son contenu dépend du fournisseur.Informations de taxation, dans un format que définissent d’autres normes (Q.931 du RNIS).Informations de compatibilité de couche haute, dans un format que définissent d’autres normes (Q.931 du RNIS).Informations de compatibilité de couche basse, dans un format que définissent d’autres normes (Q.931 du RNIS)."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallInfoBuffer",
            prefix: "CIB_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALLINFO_BUFFER"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "CIB_USERUSERINFO",
                    "CIB_DEVSPECIFICBUFFER",
                    "CIB_CALLDATABUFFER",
                    "CIB_CHARGINGINFOBUFFER",
                    "CIB_HIGHLEVELCOMPATIBILITYBUFFER",
                    "CIB_LOWLEVELCOMPATIBILITYBUFFER",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xCF\0\0\0\0\0\0\0\xEB\0\0\0\0\0\0\0\xE2\0\0\0\xFF\xFF\0\0\0\0\xCF\0\0\0M\0\0\0\xEB\0\0\0l\0\0\0\xE2\0\0\0e\0\0\0\xFF\xFF\0\0\0\0\x1C\x01\0\0`\0\0\0W\x01\0\0s\0\0\0G\x01\0\0t\0\0\0\xFF\xFF\0\0\0\0|\x01\0\0~\0\0\0\xCA\x01\0\0\x84\0\0\0\xBB\x01\0\0\x94\0\0\0\xFF\xFF\0\0\0\0\xFA\x01\0\0K\0\0\0N\x02\0\0R\0\0\0O\x02\0\0\\\0\0\0\xFF\xFF\0\0\0\0E\x02\0\0[\0\0\0\xA0\x02\0\0p\0\0\0\xAB\x02\0\0r\0\0\0\xFF\xFF\0\0\0\0\xA0\x02\0\0Z\0\0\0\x10\x03\0\0o\0\0\0\x1D\x03\0\0r\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CIB_USERUSERINFO",
                        "CIB_DEVSPECIFICBUFFER",
                        "CIB_CALLDATABUFFER",
                        "CIB_CHARGINGINFOBUFFER",
                        "CIB_HIGHLEVELCOMPATIBILITYBUFFER",
                        "CIB_LOWLEVELCOMPATIBILITYBUFFER",
                        "USERUSERINFO",
                        "DEVSPECIFICBUFFER",
                        "CALLDATABUFFER",
                        "CHARGINGINFOBUFFER",
                        "HIGHLEVELCOMPATIBILITYBUFFER",
                        "LOWLEVELCOMPATIBILITYBUFFER",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x04\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CIB_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `CIB_USERUSERINFO` | `0x00000000` |\n| `CIB_DEVSPECIFICBUFFER` | `0x00000001` |\n| `CIB_CALLDATABUFFER` | `0x00000002` |\n| `CIB_CHARGINGINFOBUFFER` | `0x00000003` |\n| `CIB_HIGHLEVELCOMPATIBILITYBUFFER` | `0x00000004` |\n| `CIB_LOWLEVELCOMPATIBILITYBUFFER` | `0x00000005` |\n\n# Deutsch\n\nWählt den Puffer der Anrufinformationen aus, der mit `ITCallInfo::GetCallInfoBuffer` und `ITCallInfo::SetCallInfoBuffer` oder von Automatisierungsclients mit `get_CallInfoBuffer` und `put_CallInfoBuffer` gelesen oder geschrieben wird.\n\n- `CIB_USERUSERINFO`: Benutzer-zu-Benutzer-Informationen, die an die Gegenseite des Anrufs gesendet oder von ihr empfangen werden.\n- `CIB_DEVSPECIFICBUFFER`: Gerätespezifische Daten, die mit dem Dienstanbieter ausgetauscht werden und deren Bedeutung vom Anbieter abhängt.\n- `CIB_CALLDATABUFFER`: Die Anrufdaten, ein Block, den die Anwendung und der Dienstanbieter zu diesem Anruf austauschen; sein Inhalt hängt vom Anbieter ab.\n- `CIB_CHARGINGINFOBUFFER`: Gebühreninformationen in einem Format, das andere Normen festlegen (ISDN, Q.931).\n- `CIB_HIGHLEVELCOMPATIBILITYBUFFER`: Kompatibilitätsinformationen der höheren Schichten in einem Format, das andere Normen festlegen (ISDN, Q.931).\n- `CIB_LOWLEVELCOMPATIBILITYBUFFER`: Kompatibilitätsinformationen der unteren Schichten in einem Format, das andere Normen festlegen (ISDN, Q.931).\n\n# Français\n\nDésigne la mémoire tampon d’informations d’appel lue ou écrite avec `ITCallInfo::GetCallInfoBuffer` et `ITCallInfo::SetCallInfoBuffer`, ou avec `get_CallInfoBuffer` et `put_CallInfoBuffer` depuis les clients Automation.\n\n- `CIB_USERUSERINFO`: Informations d’usager à usager, envoyées au correspondant distant de l’appel ou reçues de lui.\n- `CIB_DEVSPECIFICBUFFER`: Données propres au périphérique échangées avec le fournisseur de services, dont le sens dépend du fournisseur.\n- `CIB_CALLDATABUFFER`: Données d’appel, un bloc que l’application et le fournisseur de services échangent au sujet de cet appel ; son contenu dépend du fournisseur.\n- `CIB_CHARGINGINFOBUFFER`: Informations de taxation, dans un format que définissent d’autres normes (Q.931 du RNIS).\n- `CIB_HIGHLEVELCOMPATIBILITYBUFFER`: Informations de compatibilité de couche haute, dans un format que définissent d’autres normes (Q.931 du RNIS).\n- `CIB_LOWLEVELCOMPATIBILITYBUFFER`: Informations de compatibilité de couche basse, dans un format que définissent d’autres normes (Q.931 du RNIS).\n"
    )]
    impl CallInfoBuffer {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::UserUserInfo,
            Self::DevSpecificBuffer,
            Self::CallDataBuffer,
            Self::ChargingInfoBuffer,
            Self::HighLevelCompatibilityBuffer,
            Self::LowLevelCompatibilityBuffer,
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
                0 => __tapi::Some(Self::UserUserInfo),
                1 => __tapi::Some(Self::DevSpecificBuffer),
                2 => __tapi::Some(Self::CallDataBuffer),
                3 => __tapi::Some(Self::ChargingInfoBuffer),
                4 => __tapi::Some(Self::HighLevelCompatibilityBuffer),
                5 => __tapi::Some(Self::LowLevelCompatibilityBuffer),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CIB_USERUSERINFO`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallInfoBuffer {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallInfoBuffer> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallInfoBuffer) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallInfoBuffer {
        type Error = ::tapi_consts::UnknownValueError<CallInfoBuffer>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallInfoBuffer {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallInfoBuffer {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallInfoBuffer, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallInfoBuffer);
};
/// Selects the numeric (`LONG`) item of call information read with `ITCallInfo::get_CallInfoLong`
/// or written with `ITCallInfo::put_CallInfoLong`. Most items stand for a member of the TAPI 2
/// `LINECALLINFO` structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallInfoLong {
    /// The media types available on the call, as `TAPIMEDIATYPE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_MEDIATYPESAVAILABLE` = `0x00000000`")]
    MediaTypesAvailable = 0,
    /// The bearer mode of the call, a `LINEBEARERMODE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_BEARERMODE` = `0x00000001`")]
    BearerMode = 1,
    /// The address format of the caller's identity, a `LINEADDRESSTYPE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_CALLERIDADDRESSTYPE` = `0x00000002`")]
    CallerIdAddressType = 2,
    /// The address format of the called party's identity, a `LINEADDRESSTYPE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_CALLEDIDADDRESSTYPE` = `0x00000003`")]
    CalledIdAddressType = 3,
    /// The address format of the connected party's identity, a `LINEADDRESSTYPE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_CONNECTEDIDADDRESSTYPE` = `0x00000004`")]
    ConnectedIdAddressType = 4,
    /// The address format of the destination the call was redirected to, a `LINEADDRESSTYPE_`
    /// value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_REDIRECTIONIDADDRESSTYPE` = `0x00000005`")]
    RedirectionIdAddressType = 5,
    /// The address format of the party that redirected the call, a `LINEADDRESSTYPE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_REDIRECTINGIDADDRESSTYPE` = `0x00000006`")]
    RedirectingIdAddressType = 6,
    /// Where the call comes from, a `LINECALLORIGIN_` value such as `LINECALLORIGIN_EXTERNAL`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_ORIGIN` = `0x00000007`")]
    Origin = 7,
    /// Why the call arrived, a `LINECALLREASON_` value such as `LINECALLREASON_FWDUNCOND`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_REASON` = `0x00000008`")]
    Reason = 8,
    /// A value that applications attach to the call to share information; neither TAPI nor the
    /// provider interprets it, and only an owner can set it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_APPSPECIFIC` = `0x00000009`")]
    AppSpecific = 9,
    /// The call setup options, as `LINECALLPARAMFLAGS_` flags such as `LINECALLPARAMFLAGS_BLOCKID`,
    /// usually set when an outgoing call is created.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_CALLPARAMSFLAGS` = `0x0000000A`")]
    CallParamsFlags = 10,
    /// How the call is handled while unanswered or on hold, a `LINECALLTREATMENT_` value such as
    /// `LINECALLTREATMENT_MUSIC`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_CALLTREATMENT` = `0x0000000B`")]
    CallTreatment = 11,
    /// The lowest data rate of the call's stream, in bits per second.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_MINRATE` = `0x0000000C`")]
    MinRate = 12,
    /// The highest data rate of the call's stream, in bits per second.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_MAXRATE` = `0x0000000D`")]
    MaxRate = 13,
    /// The country or region code of the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_COUNTRYCODE` = `0x0000000E`")]
    CountryCode = 14,
    /// The call identifier, a unique code that some service providers give each call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_CALLID` = `0x0000000F`")]
    CallId = 15,
    /// The identifier of a call related to this one, as in a conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_RELATEDCALLID` = `0x00000010`")]
    RelatedCallId = 16,
    /// The completion identifier, which tells call completion requests in progress apart and may be
    /// reused once its request has finished or been cancelled.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_COMPLETIONID` = `0x00000011`")]
    CompletionId = 17,
    /// The number of applications that hold owner privilege on the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_NUMBEROFOWNERS` = `0x00000012`")]
    NumberOfOwners = 18,
    /// The number of applications that hold monitor privilege on the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_NUMBEROFMONITORS` = `0x00000013`")]
    NumberOfMonitors = 19,
    /// The identifier of the trunk the call uses.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_TRUNK` = `0x00000014`")]
    Trunk = 20,
    /// The current data rate of the call's stream, in bits per second.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_RATE` = `0x00000015`")]
    Rate = 21,
    /// The duration, in milliseconds, of the digits generated on the call, as in the digit duration
    /// of its `LINEDIALPARAMS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_GENERATEDIGITDURATION` = `0x00000016`")]
    GenerateDigitDuration = 22,
    /// The digit modes being detected on the call, as `LINEDIGITMODE_` flags (`dwMonitorDigitModes`
    /// of `LINECALLINFO`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_MONITORDIGITMODES` = `0x00000017`")]
    MonitorDigitModes = 23,
    /// The media modes being detected on the call, as `LINEMEDIAMODE_` flags (`dwMonitorMediaModes`
    /// of `LINECALLINFO`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIL_MONITORMEDIAMODES` = `0x00000018`")]
    MonitorMediaModes = 24,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Selects the numeric (`LONG`) item of call information read with `ITCallInfo::get_CallInfoLong` or written with `ITCallInfo::put_CallInfoLong`. Most items stand for a member of the TAPI 2 `LINECALLINFO` structure.The media types available on the call, as `TAPIMEDIATYPE_` flags.The bearer mode of the call, a `LINEBEARERMODE_` value.The address format of the caller's identity, a `LINEADDRESSTYPE_` value.The address format of the called party's identity, a `LINEADDRESSTYPE_` value.The address format of the connected party's identity, a `LINEADDRESSTYPE_` value.The address format of the destination the call was redirected to, a `LINEADDRESSTYPE_` value.The address format of the party that redirected the call, a `LINEADDRESSTYPE_` value.Where the call comes from, a `LINECALLORIGIN_` value such as `LINECALLORIGIN_EXTERNAL`.Why the call arrived, a `LINECALLREASON_` value such as `LINECALLREASON_FWDUNCOND`.A value that applications attach to the call to share information; neither TAPI nor the provider interprets it, and only an owner can set it.The call setup options, as `LINECALLPARAMFLAGS_` flags such as `LINECALLPARAMFLAGS_BLOCKID`, usually set when an outgoing call is created.How the call is handled while unanswered or on hold, a `LINECALLTREATMENT_` value such as `LINECALLTREATMENT_MUSIC`.The lowest data rate of the call's stream, in bits per second.The highest data rate of the call's stream, in bits per second.The country or region code of the call.The call identifier, a unique code that some service providers give each call.The identifier of a call related to this one, as in a conference.The completion identifier, which tells call completion requests in progress apart and may be reused once its request has finished or been cancelled.The number of applications that hold owner privilege on the call.The number of applications that hold monitor privilege on the call.The identifier of the trunk the call uses.The current data rate of the call's stream, in bits per second.The duration, in milliseconds, of the digits generated on the call, as in the digit duration of its `LINEDIALPARAMS`.The digit modes being detected on the call, as `LINEDIGITMODE_` flags (`dwMonitorDigitModes` of `LINECALLINFO`).The media modes being detected on the call, as `LINEMEDIAMODE_` flags (`dwMonitorMediaModes` of `LINECALLINFO`)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Wählt die numerische Angabe (`LONG`) der Anrufinformationen aus, die mit `ITCallInfo::get_CallInfoLong` gelesen oder mit `ITCallInfo::put_CallInfoLong` geschrieben wird. Die meisten Angaben entsprechen einem Feld der TAPI-2-Struktur `LINECALLINFO`.Die auf dem Anruf verfügbaren Medientypen als Bits `TAPIMEDIATYPE_`.Der Trägermodus des Anrufs, ein Wert `LINEBEARERMODE_`.Das Adressformat der Kennungsangaben des Anrufers, ein Wert `LINEADDRESSTYPE_`.Das Adressformat der Kennungsangaben des angerufenen Teilnehmers, ein Wert `LINEADDRESSTYPE_`.Das Adressformat der Kennungsangaben des verbundenen Teilnehmers, ein Wert `LINEADDRESSTYPE_`.Das Adressformat des Umleitungsziels des Anrufs, ein Wert `LINEADDRESSTYPE_`.Das Adressformat des Teilnehmers, der den Anruf umgeleitet hat, ein Wert `LINEADDRESSTYPE_`.Die Herkunft des Anrufs, ein Wert `LINECALLORIGIN_` wie `LINECALLORIGIN_EXTERNAL`.Der Grund, aus dem der Anruf eingetroffen ist, ein Wert `LINECALLREASON_` wie `LINECALLREASON_FWDUNCOND`.Ein Wert, den Anwendungen an den Anruf anhängen, um Informationen auszutauschen; weder TAPI noch der Anbieter werten ihn aus, und nur ein Besitzer kann ihn setzen.Die Optionen für den Verbindungsaufbau als Bits `LINECALLPARAMFLAGS_` wie `LINECALLPARAMFLAGS_BLOCKID`, meist beim Anlegen eines ausgehenden Anrufs gesetzt.Die Anrufbehandlung, solange der Anruf unbeantwortet ist oder gehalten wird, ein Wert `LINECALLTREATMENT_` wie `LINECALLTREATMENT_MUSIC`.Die niedrigste Datenrate des Medienstroms des Anrufs in Bit pro Sekunde.Die höchste Datenrate des Medienstroms des Anrufs in Bit pro Sekunde.Die Landes- oder Regionskennzahl des Anrufs.Die Anrufkennung, ein eindeutiger Code, den manche Dienstanbieter jedem Anruf zuweisen.Die Kennung eines zugehörigen Anrufs, etwa in einer Konferenz.Die Kennung der Anrufvervollständigung, die laufende Anforderungen zur Anrufvervollständigung voneinander unterscheidet und wiederverwendet werden kann, sobald ihre Anforderung abgeschlossen oder abgebrochen ist.Die Anzahl der Anwendungen, die das Besitzerprivileg für den Anruf haben.Die Anzahl der Anwendungen, die die Überwachungsberechtigung für den Anruf haben.Die Kennung der Amtsleitung, die der Anruf belegt.Die aktuelle Datenrate des Medienstroms des Anrufs in Bit pro Sekunde.Die Dauer der auf dem Anruf erzeugten Ziffern in Millisekunden, wie die Dauer der Ziffern in seinen `LINEDIALPARAMS`.Die Wahlverfahren, deren Ziffern auf dem Anruf derzeit überwacht werden, als Bits `LINEDIGITMODE_` (`dwMonitorDigitModes` von `LINECALLINFO`).Die Medienmodi, auf die der Anruf derzeit überwacht wird, als Bits `LINEMEDIAMODE_` (`dwMonitorMediaModes` von `LINECALLINFO`)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Désigne l’élément numérique (`LONG`) des informations d’appel lu avec `ITCallInfo::get_CallInfoLong` ou écrit avec `ITCallInfo::put_CallInfoLong`. La plupart des éléments correspondent à un membre de la structure `LINECALLINFO` de TAPI 2.Types de média disponibles sur l’appel, sous forme d’indicateurs `TAPIMEDIATYPE_`.Mode porteur de l’appel, valeur `LINEBEARERMODE_`.Format d’adresse de l’identité de l’appelant, valeur `LINEADDRESSTYPE_`.Format d’adresse de l’identité du correspondant appelé, valeur `LINEADDRESSTYPE_`.Format d’adresse de l’identité du correspondant connecté, valeur `LINEADDRESSTYPE_`.Format d’adresse de la destination de la redirection, valeur `LINEADDRESSTYPE_`.Format d’adresse du correspondant qui a redirigé l’appel, valeur `LINEADDRESSTYPE_`.Origine de l’appel, valeur `LINECALLORIGIN_` telle que `LINECALLORIGIN_EXTERNAL`.Raison de l’arrivée de l’appel, valeur `LINECALLREASON_` telle que `LINECALLREASON_FWDUNCOND`.Valeur que les applications rattachent à l’appel pour partager des informations ; ni TAPI ni le fournisseur ne l’interprètent, et seul un propriétaire peut la définir.Options d’établissement de l’appel, sous forme d’indicateurs `LINECALLPARAMFLAGS_` tels que `LINECALLPARAMFLAGS_BLOCKID`, en général définies à la création d’un appel sortant.Traitement d’appel appliqué tant que l’appel n’est pas pris ou qu’il est en attente, valeur `LINECALLTREATMENT_` telle que `LINECALLTREATMENT_MUSIC`.Débit minimal du flux de l’appel, en bits par seconde.Débit maximal du flux de l’appel, en bits par seconde.Indicatif de pays ou de région de l’appel.Identifiant d’appel, code unique que certains fournisseurs de services attribuent à chaque appel.Identifiant d’un appel lié à celui-ci, par exemple dans une conférence.Identifiant d’achèvement d’appel, qui distingue les demandes d’achèvement en cours et peut être réutilisé une fois la demande terminée ou annulée.Nombre d’applications détenant le privilège de propriétaire sur l’appel.Nombre d’applications détenant le privilège de surveillance sur l’appel.Identifiant de la ligne réseau qu’emprunte l’appel.Débit actuel du flux de l’appel, en bits par seconde.Durée, en millisecondes, des chiffres générés sur l’appel, comme la durée des chiffres de ses `LINEDIALPARAMS`.Modes de signalisation des chiffres détectés sur l’appel, sous forme d’indicateurs `LINEDIGITMODE_` (`dwMonitorDigitModes` de `LINECALLINFO`).Modes de média détectés sur l’appel, sous forme d’indicateurs `LINEMEDIAMODE_` (`dwMonitorMediaModes` de `LINECALLINFO`)."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallInfoLong",
            prefix: "CIL_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALLINFO_LONG"),
            known_bits: 31u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "CIL_MEDIATYPESAVAILABLE",
                    "CIL_BEARERMODE",
                    "CIL_CALLERIDADDRESSTYPE",
                    "CIL_CALLEDIDADDRESSTYPE",
                    "CIL_CONNECTEDIDADDRESSTYPE",
                    "CIL_REDIRECTIONIDADDRESSTYPE",
                    "CIL_REDIRECTINGIDADDRESSTYPE",
                    "CIL_ORIGIN",
                    "CIL_REASON",
                    "CIL_APPSPECIFIC",
                    "CIL_CALLPARAMSFLAGS",
                    "CIL_CALLTREATMENT",
                    "CIL_MINRATE",
                    "CIL_MAXRATE",
                    "CIL_COUNTRYCODE",
                    "CIL_CALLID",
                    "CIL_RELATEDCALLID",
                    "CIL_COMPLETIONID",
                    "CIL_NUMBEROFOWNERS",
                    "CIL_NUMBEROFMONITORS",
                    "CIL_TRUNK",
                    "CIL_RATE",
                    "CIL_GENERATEDIGITDURATION",
                    "CIL_MONITORDIGITMODES",
                    "CIL_MONITORMEDIAMODES",
                ],
                bits: &[
                    0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64, 9u64, 10u64,
                    11u64, 12u64, 13u64, 14u64, 15u64, 16u64, 17u64, 18u64, 19u64, 20u64,
                    21u64, 22u64, 23u64, 24u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xD4\0\0\0\0\0\0\0\xF9\0\0\0\0\0\0\0\xFA\0\0\0\xFF\xFF\0\0\0\0\xD4\0\0\0A\0\0\0\xF9\0\0\0E\0\0\0\xFA\0\0\0W\0\0\0\xFF\xFF\0\0\0\0\x15\x01\0\x007\0\0\0>\x01\0\08\0\0\0Q\x01\0\x004\0\0\0\xFF\xFF\0\0\0\0L\x01\0\0H\0\0\0v\x01\0\0O\0\0\0\x85\x01\0\0O\0\0\0\xFF\xFF\0\0\0\0\x94\x01\0\0N\0\0\0\xC5\x01\0\0^\0\0\0\xD4\x01\0\0X\0\0\0\xFF\xFF\0\0\0\0\xE2\x01\0\0Q\0\0\0#\x02\0\0^\0\0\0,\x02\0\0Z\0\0\0\xFF\xFF\0\0\0\x003\x02\0\0]\0\0\0\x81\x02\0\0M\0\0\0\x86\x02\0\0R\0\0\0\xFF\xFF\0\0\0\0\x90\x02\0\0U\0\0\0\xCE\x02\0\0\\\0\0\0\xD8\x02\0\0Y\0\0\0\xFF\xFF\0\0\0\0\xE5\x02\0\0W\0\0\0*\x03\0\0R\0\0\x001\x03\0\0S\0\0\0\xFF\xFF\0\0\0\0<\x03\0\0S\0\0\0|\x03\0\0i\0\0\0\x84\x03\0\0c\0\0\0\xFF\xFF\0\0\0\0\x8F\x03\0\0\x8D\0\0\0\xE5\x03\0\0\xA4\0\0\0\xE7\x03\0\0\xAF\0\0\0\xFF\xFF\0\0\0\0\x1C\x04\0\0\x8A\0\0\0\x89\x04\0\0\x9D\0\0\0\x96\x04\0\0\xBD\0\0\0\xFF\xFF\0\0\0\0\xA6\x04\0\0t\0\0\0&\x05\0\0\x89\0\0\0S\x05\0\0\x9E\0\0\0\xFF\xFF\0\0\0\0\x1A\x05\0\0>\0\0\0\xAF\x05\0\0H\0\0\0\xF1\x05\0\09\0\0\0\xFF\xFF\0\0\0\0X\x05\0\0?\0\0\0\xF7\x05\0\0F\0\0\0*\x06\0\09\0\0\0\xFF\xFF\0\0\0\0\x97\x05\0\0'\0\0\0=\x06\0\0,\0\0\0c\x06\0\0-\0\0\0\xFF\xFF\0\0\0\0\xBE\x05\0\0N\0\0\0i\x06\0\0W\0\0\0\x90\x06\0\0d\0\0\0\xFF\xFF\0\0\0\0\x0C\x06\0\0A\0\0\0\xC0\x06\0\0?\0\0\0\xF4\x06\0\0L\0\0\0\xFF\xFF\0\0\0\0M\x06\0\0\x94\0\0\0\xFF\x06\0\0\xD6\0\0\0@\x07\0\0\x9F\0\0\0\xFF\xFF\0\0\0\0\xE1\x06\0\0A\0\0\0\xD5\x07\0\0J\0\0\0\xDF\x07\0\0O\0\0\0\xFF\xFF\0\0\0\0\"\x07\0\0C\0\0\0\x1F\x08\0\0S\0\0\0.\x08\0\0N\0\0\0\xFF\xFF\0\0\0\0e\x07\0\0*\0\0\0r\x08\0\x002\0\0\0|\x08\0\08\0\0\0\xFF\xFF\0\0\0\0\x8F\x07\0\0?\0\0\0\xA4\x08\0\0F\0\0\0\xB4\x08\0\08\0\0\0\xFF\xFF\0\0\0\0\xCE\x07\0\0u\0\0\0\xEA\x08\0\0u\0\0\0\xEC\x08\0\0v\0\0\0\xFF\xFF\0\0\0\0C\x08\0\0p\0\0\0_\t\0\0\x8F\0\0\0b\t\0\0\x94\0\0\0\xFF\xFF\0\0\0\0\xB3\x08\0\0p\0\0\0\xEE\t\0\0\x80\0\0\0\xF6\t\0\0\x80\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CIL_MEDIATYPESAVAILABLE",
                        "CIL_BEARERMODE",
                        "CIL_CALLERIDADDRESSTYPE",
                        "CIL_CALLEDIDADDRESSTYPE",
                        "CIL_CONNECTEDIDADDRESSTYPE",
                        "CIL_REDIRECTIONIDADDRESSTYPE",
                        "CIL_REDIRECTINGIDADDRESSTYPE",
                        "CIL_ORIGIN",
                        "CIL_REASON",
                        "CIL_APPSPECIFIC",
                        "CIL_CALLPARAMSFLAGS",
                        "CIL_CALLTREATMENT",
                        "CIL_MINRATE",
                        "CIL_MAXRATE",
                        "CIL_COUNTRYCODE",
                        "CIL_CALLID",
                        "CIL_RELATEDCALLID",
                        "CIL_COMPLETIONID",
                        "CIL_NUMBEROFOWNERS",
                        "CIL_NUMBEROFMONITORS",
                        "CIL_TRUNK",
                        "CIL_RATE",
                        "CIL_GENERATEDIGITDURATION",
                        "CIL_MONITORDIGITMODES",
                        "CIL_MONITORMEDIAMODES",
                        "MEDIATYPESAVAILABLE",
                        "BEARERMODE",
                        "CALLERIDADDRESSTYPE",
                        "CALLEDIDADDRESSTYPE",
                        "CONNECTEDIDADDRESSTYPE",
                        "REDIRECTIONIDADDRESSTYPE",
                        "REDIRECTINGIDADDRESSTYPE",
                        "ORIGIN",
                        "REASON",
                        "APPSPECIFIC",
                        "CALLPARAMSFLAGS",
                        "CALLTREATMENT",
                        "MINRATE",
                        "MAXRATE",
                        "COUNTRYCODE",
                        "CALLID",
                        "RELATEDCALLID",
                        "COMPLETIONID",
                        "NUMBEROFOWNERS",
                        "NUMBEROFMONITORS",
                        "TRUNK",
                        "RATE",
                        "GENERATEDIGITDURATION",
                        "MONITORDIGITMODES",
                        "MONITORMEDIAMODES",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\x14\0\xFF\xFF\xFF\xFF1\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x02\0\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF.\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\x0C\0,\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0\x0F\0\xFF\xFF\xFF\xFF#\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CIL_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `CIL_MEDIATYPESAVAILABLE` | `0x00000000` |\n| `CIL_BEARERMODE` | `0x00000001` |\n| `CIL_CALLERIDADDRESSTYPE` | `0x00000002` |\n| `CIL_CALLEDIDADDRESSTYPE` | `0x00000003` |\n| `CIL_CONNECTEDIDADDRESSTYPE` | `0x00000004` |\n| `CIL_REDIRECTIONIDADDRESSTYPE` | `0x00000005` |\n| `CIL_REDIRECTINGIDADDRESSTYPE` | `0x00000006` |\n| `CIL_ORIGIN` | `0x00000007` |\n| `CIL_REASON` | `0x00000008` |\n| `CIL_APPSPECIFIC` | `0x00000009` |\n| `CIL_CALLPARAMSFLAGS` | `0x0000000A` |\n| `CIL_CALLTREATMENT` | `0x0000000B` |\n| `CIL_MINRATE` | `0x0000000C` |\n| `CIL_MAXRATE` | `0x0000000D` |\n| `CIL_COUNTRYCODE` | `0x0000000E` |\n| `CIL_CALLID` | `0x0000000F` |\n| `CIL_RELATEDCALLID` | `0x00000010` |\n| `CIL_COMPLETIONID` | `0x00000011` |\n| `CIL_NUMBEROFOWNERS` | `0x00000012` |\n| `CIL_NUMBEROFMONITORS` | `0x00000013` |\n| `CIL_TRUNK` | `0x00000014` |\n| `CIL_RATE` | `0x00000015` |\n| `CIL_GENERATEDIGITDURATION` | `0x00000016` |\n| `CIL_MONITORDIGITMODES` | `0x00000017` |\n| `CIL_MONITORMEDIAMODES` | `0x00000018` |\n\n# Deutsch\n\nWählt die numerische Angabe (`LONG`) der Anrufinformationen aus, die mit `ITCallInfo::get_CallInfoLong` gelesen oder mit `ITCallInfo::put_CallInfoLong` geschrieben wird. Die meisten Angaben entsprechen einem Feld der TAPI-2-Struktur `LINECALLINFO`.\n\n- `CIL_MEDIATYPESAVAILABLE`: Die auf dem Anruf verfügbaren Medientypen als Bits `TAPIMEDIATYPE_`.\n- `CIL_BEARERMODE`: Der Trägermodus des Anrufs, ein Wert `LINEBEARERMODE_`.\n- `CIL_CALLERIDADDRESSTYPE`: Das Adressformat der Kennungsangaben des Anrufers, ein Wert `LINEADDRESSTYPE_`.\n- `CIL_CALLEDIDADDRESSTYPE`: Das Adressformat der Kennungsangaben des angerufenen Teilnehmers, ein Wert `LINEADDRESSTYPE_`.\n- `CIL_CONNECTEDIDADDRESSTYPE`: Das Adressformat der Kennungsangaben des verbundenen Teilnehmers, ein Wert `LINEADDRESSTYPE_`.\n- `CIL_REDIRECTIONIDADDRESSTYPE`: Das Adressformat des Umleitungsziels des Anrufs, ein Wert `LINEADDRESSTYPE_`.\n- `CIL_REDIRECTINGIDADDRESSTYPE`: Das Adressformat des Teilnehmers, der den Anruf umgeleitet hat, ein Wert `LINEADDRESSTYPE_`.\n- `CIL_ORIGIN`: Die Herkunft des Anrufs, ein Wert `LINECALLORIGIN_` wie `LINECALLORIGIN_EXTERNAL`.\n- `CIL_REASON`: Der Grund, aus dem der Anruf eingetroffen ist, ein Wert `LINECALLREASON_` wie `LINECALLREASON_FWDUNCOND`.\n- `CIL_APPSPECIFIC`: Ein Wert, den Anwendungen an den Anruf anhängen, um Informationen auszutauschen; weder TAPI noch der Anbieter werten ihn aus, und nur ein Besitzer kann ihn setzen.\n- `CIL_CALLPARAMSFLAGS`: Die Optionen für den Verbindungsaufbau als Bits `LINECALLPARAMFLAGS_` wie `LINECALLPARAMFLAGS_BLOCKID`, meist beim Anlegen eines ausgehenden Anrufs gesetzt.\n- `CIL_CALLTREATMENT`: Die Anrufbehandlung, solange der Anruf unbeantwortet ist oder gehalten wird, ein Wert `LINECALLTREATMENT_` wie `LINECALLTREATMENT_MUSIC`.\n- `CIL_MINRATE`: Die niedrigste Datenrate des Medienstroms des Anrufs in Bit pro Sekunde.\n- `CIL_MAXRATE`: Die höchste Datenrate des Medienstroms des Anrufs in Bit pro Sekunde.\n- `CIL_COUNTRYCODE`: Die Landes- oder Regionskennzahl des Anrufs.\n- `CIL_CALLID`: Die Anrufkennung, ein eindeutiger Code, den manche Dienstanbieter jedem Anruf zuweisen.\n- `CIL_RELATEDCALLID`: Die Kennung eines zugehörigen Anrufs, etwa in einer Konferenz.\n- `CIL_COMPLETIONID`: Die Kennung der Anrufvervollständigung, die laufende Anforderungen zur Anrufvervollständigung voneinander unterscheidet und wiederverwendet werden kann, sobald ihre Anforderung abgeschlossen oder abgebrochen ist.\n- `CIL_NUMBEROFOWNERS`: Die Anzahl der Anwendungen, die das Besitzerprivileg für den Anruf haben.\n- `CIL_NUMBEROFMONITORS`: Die Anzahl der Anwendungen, die die Überwachungsberechtigung für den Anruf haben.\n- `CIL_TRUNK`: Die Kennung der Amtsleitung, die der Anruf belegt.\n- `CIL_RATE`: Die aktuelle Datenrate des Medienstroms des Anrufs in Bit pro Sekunde.\n- `CIL_GENERATEDIGITDURATION`: Die Dauer der auf dem Anruf erzeugten Ziffern in Millisekunden, wie die Dauer der Ziffern in seinen `LINEDIALPARAMS`.\n- `CIL_MONITORDIGITMODES`: Die Wahlverfahren, deren Ziffern auf dem Anruf derzeit überwacht werden, als Bits `LINEDIGITMODE_` (`dwMonitorDigitModes` von `LINECALLINFO`).\n- `CIL_MONITORMEDIAMODES`: Die Medienmodi, auf die der Anruf derzeit überwacht wird, als Bits `LINEMEDIAMODE_` (`dwMonitorMediaModes` von `LINECALLINFO`).\n\n# Français\n\nDésigne l’élément numérique (`LONG`) des informations d’appel lu avec `ITCallInfo::get_CallInfoLong` ou écrit avec `ITCallInfo::put_CallInfoLong`. La plupart des éléments correspondent à un membre de la structure `LINECALLINFO` de TAPI 2.\n\n- `CIL_MEDIATYPESAVAILABLE`: Types de média disponibles sur l’appel, sous forme d’indicateurs `TAPIMEDIATYPE_`.\n- `CIL_BEARERMODE`: Mode porteur de l’appel, valeur `LINEBEARERMODE_`.\n- `CIL_CALLERIDADDRESSTYPE`: Format d’adresse de l’identité de l’appelant, valeur `LINEADDRESSTYPE_`.\n- `CIL_CALLEDIDADDRESSTYPE`: Format d’adresse de l’identité du correspondant appelé, valeur `LINEADDRESSTYPE_`.\n- `CIL_CONNECTEDIDADDRESSTYPE`: Format d’adresse de l’identité du correspondant connecté, valeur `LINEADDRESSTYPE_`.\n- `CIL_REDIRECTIONIDADDRESSTYPE`: Format d’adresse de la destination de la redirection, valeur `LINEADDRESSTYPE_`.\n- `CIL_REDIRECTINGIDADDRESSTYPE`: Format d’adresse du correspondant qui a redirigé l’appel, valeur `LINEADDRESSTYPE_`.\n- `CIL_ORIGIN`: Origine de l’appel, valeur `LINECALLORIGIN_` telle que `LINECALLORIGIN_EXTERNAL`.\n- `CIL_REASON`: Raison de l’arrivée de l’appel, valeur `LINECALLREASON_` telle que `LINECALLREASON_FWDUNCOND`.\n- `CIL_APPSPECIFIC`: Valeur que les applications rattachent à l’appel pour partager des informations ; ni TAPI ni le fournisseur ne l’interprètent, et seul un propriétaire peut la définir.\n- `CIL_CALLPARAMSFLAGS`: Options d’établissement de l’appel, sous forme d’indicateurs `LINECALLPARAMFLAGS_` tels que `LINECALLPARAMFLAGS_BLOCKID`, en général définies à la création d’un appel sortant.\n- `CIL_CALLTREATMENT`: Traitement d’appel appliqué tant que l’appel n’est pas pris ou qu’il est en attente, valeur `LINECALLTREATMENT_` telle que `LINECALLTREATMENT_MUSIC`.\n- `CIL_MINRATE`: Débit minimal du flux de l’appel, en bits par seconde.\n- `CIL_MAXRATE`: Débit maximal du flux de l’appel, en bits par seconde.\n- `CIL_COUNTRYCODE`: Indicatif de pays ou de région de l’appel.\n- `CIL_CALLID`: Identifiant d’appel, code unique que certains fournisseurs de services attribuent à chaque appel.\n- `CIL_RELATEDCALLID`: Identifiant d’un appel lié à celui-ci, par exemple dans une conférence.\n- `CIL_COMPLETIONID`: Identifiant d’achèvement d’appel, qui distingue les demandes d’achèvement en cours et peut être réutilisé une fois la demande terminée ou annulée.\n- `CIL_NUMBEROFOWNERS`: Nombre d’applications détenant le privilège de propriétaire sur l’appel.\n- `CIL_NUMBEROFMONITORS`: Nombre d’applications détenant le privilège de surveillance sur l’appel.\n- `CIL_TRUNK`: Identifiant de la ligne réseau qu’emprunte l’appel.\n- `CIL_RATE`: Débit actuel du flux de l’appel, en bits par seconde.\n- `CIL_GENERATEDIGITDURATION`: Durée, en millisecondes, des chiffres générés sur l’appel, comme la durée des chiffres de ses `LINEDIALPARAMS`.\n- `CIL_MONITORDIGITMODES`: Modes de signalisation des chiffres détectés sur l’appel, sous forme d’indicateurs `LINEDIGITMODE_` (`dwMonitorDigitModes` de `LINECALLINFO`).\n- `CIL_MONITORMEDIAMODES`: Modes de média détectés sur l’appel, sous forme d’indicateurs `LINEMEDIAMODE_` (`dwMonitorMediaModes` de `LINECALLINFO`).\n"
    )]
    impl CallInfoLong {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::MediaTypesAvailable,
            Self::BearerMode,
            Self::CallerIdAddressType,
            Self::CalledIdAddressType,
            Self::ConnectedIdAddressType,
            Self::RedirectionIdAddressType,
            Self::RedirectingIdAddressType,
            Self::Origin,
            Self::Reason,
            Self::AppSpecific,
            Self::CallParamsFlags,
            Self::CallTreatment,
            Self::MinRate,
            Self::MaxRate,
            Self::CountryCode,
            Self::CallId,
            Self::RelatedCallId,
            Self::CompletionId,
            Self::NumberOfOwners,
            Self::NumberOfMonitors,
            Self::Trunk,
            Self::Rate,
            Self::GenerateDigitDuration,
            Self::MonitorDigitModes,
            Self::MonitorMediaModes,
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
                0 => __tapi::Some(Self::MediaTypesAvailable),
                1 => __tapi::Some(Self::BearerMode),
                2 => __tapi::Some(Self::CallerIdAddressType),
                3 => __tapi::Some(Self::CalledIdAddressType),
                4 => __tapi::Some(Self::ConnectedIdAddressType),
                5 => __tapi::Some(Self::RedirectionIdAddressType),
                6 => __tapi::Some(Self::RedirectingIdAddressType),
                7 => __tapi::Some(Self::Origin),
                8 => __tapi::Some(Self::Reason),
                9 => __tapi::Some(Self::AppSpecific),
                10 => __tapi::Some(Self::CallParamsFlags),
                11 => __tapi::Some(Self::CallTreatment),
                12 => __tapi::Some(Self::MinRate),
                13 => __tapi::Some(Self::MaxRate),
                14 => __tapi::Some(Self::CountryCode),
                15 => __tapi::Some(Self::CallId),
                16 => __tapi::Some(Self::RelatedCallId),
                17 => __tapi::Some(Self::CompletionId),
                18 => __tapi::Some(Self::NumberOfOwners),
                19 => __tapi::Some(Self::NumberOfMonitors),
                20 => __tapi::Some(Self::Trunk),
                21 => __tapi::Some(Self::Rate),
                22 => __tapi::Some(Self::GenerateDigitDuration),
                23 => __tapi::Some(Self::MonitorDigitModes),
                24 => __tapi::Some(Self::MonitorMediaModes),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CIL_MEDIATYPESAVAILABLE`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallInfoLong {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallInfoLong> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallInfoLong) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallInfoLong {
        type Error = ::tapi_consts::UnknownValueError<CallInfoLong>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallInfoLong {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallInfoLong {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallInfoLong, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallInfoLong);
};
/// Selects the text item of call information read with `ITCallInfo::get_CallInfoString` or written
/// with `ITCallInfo::put_CallInfoString`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallInfoString {
    /// The name of the caller.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_CALLERIDNAME` = `0x00000000`")]
    CallerIdName = 0,
    /// The number of the caller.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_CALLERIDNUMBER` = `0x00000001`")]
    CallerIdNumber = 1,
    /// The name of the called party.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_CALLEDIDNAME` = `0x00000002`")]
    CalledIdName = 2,
    /// The number of the called party.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_CALLEDIDNUMBER` = `0x00000003`")]
    CalledIdNumber = 3,
    /// The name of the party the call is connected to.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_CONNECTEDIDNAME` = `0x00000004`")]
    ConnectedIdName = 4,
    /// The number of the party the call is connected to.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_CONNECTEDIDNUMBER` = `0x00000005`")]
    ConnectedIdNumber = 5,
    /// The name of the destination the call was redirected to.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_REDIRECTIONIDNAME` = `0x00000006`")]
    RedirectionIdName = 6,
    /// The number of the destination the call was redirected to.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_REDIRECTIONIDNUMBER` = `0x00000007`")]
    RedirectionIdNumber = 7,
    /// The name of the party that redirected the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_REDIRECTINGIDNAME` = `0x00000008`")]
    RedirectingIdName = 8,
    /// The number of the party that redirected the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_REDIRECTINGIDNUMBER` = `0x00000009`")]
    RedirectingIdNumber = 9,
    /// A friendly name for the called party, with no counterpart in TAPI 2.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_CALLEDPARTYFRIENDLYNAME` = `0x0000000A`")]
    CalledPartyFriendlyName = 10,
    /// A comment on the call from the application that placed it; it can be set only while the call
    /// is in the `CS_IDLE` state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_COMMENT` = `0x0000000B`")]
    Comment = 11,
    /// A form of the called or calling address fit for display.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_DISPLAYABLEADDRESS` = `0x0000000C`")]
    DisplayableAddress = 12,
    /// The identifier of the calling party, which TAPI 2 passes in `dwCallingPartyIDOffset` of
    /// `LINECALLPARAMS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIS_CALLINGPARTYID` = `0x0000000D`")]
    CallingPartyId = 13,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Selects the text item of call information read with `ITCallInfo::get_CallInfoString` or written with `ITCallInfo::put_CallInfoString`.The name of the caller.The number of the caller.The name of the called party.The number of the called party.The name of the party the call is connected to.The number of the party the call is connected to.The name of the destination the call was redirected to.The number of the destination the call was redirected to.The name of the party that redirected the call.The number of the party that redirected the call.A friendly name for the called party, with no counterpart in TAPI 2.A comment on the call from the application that placed it; it can be set only while the call is in the `CS_IDLE` state.A form of the called or calling address fit for display.The identifier of the calling party, which TAPI 2 passes in `dwCallingPartyIDOffset` of `LINECALLPARAMS`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Wählt die Textangabe der Anrufinformationen aus, die mit `ITCallInfo::get_CallInfoString` gelesen oder mit `ITCallInfo::put_CallInfoString` geschrieben wird.Der Name des Anrufers.Die Nummer des Anrufers.Der Name des angerufenen Teilnehmers.Die Nummer des angerufenen Teilnehmers.Der Name des Teilnehmers, mit dem der Anruf verbunden ist.Die Nummer des Teilnehmers, mit dem der Anruf verbunden ist.Der Name des Umleitungsziels des Anrufs.Die Nummer des Umleitungsziels des Anrufs.Der Name des Teilnehmers, der den Anruf umgeleitet hat.Die Nummer des Teilnehmers, der den Anruf umgeleitet hat.Ein Anzeigename des angerufenen Teilnehmers, ohne Entsprechung in TAPI 2.Ein Kommentar zum Anruf von der Anwendung, die ihn getätigt hat; er kann nur gesetzt werden, solange sich der Anruf im Zustand `CS_IDLE` befindet.Eine zur Anzeige geeignete Form der angerufenen oder anrufenden Adresse.Die Kennung des Anrufers, die TAPI 2 in `dwCallingPartyIDOffset` von `LINECALLPARAMS` übergibt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Désigne l’élément textuel des informations d’appel lu avec `ITCallInfo::get_CallInfoString` ou écrit avec `ITCallInfo::put_CallInfoString`.Nom de l’appelant.Numéro de l’appelant.Nom du correspondant appelé.Numéro du correspondant appelé.Nom du correspondant connecté.Numéro du correspondant connecté.Nom de la destination de la redirection.Numéro de la destination de la redirection.Nom du correspondant qui a redirigé l’appel.Numéro du correspondant qui a redirigé l’appel.Nom convivial du correspondant appelé, sans équivalent dans TAPI 2.Commentaire sur l’appel fourni par l’application qui l’a émis ; il ne peut être défini que lorsque l’appel est à l’état `CS_IDLE`.Forme affichable de l’adresse appelée ou appelante.Identifiant de l’appelant, que TAPI 2 transmet dans `dwCallingPartyIDOffset` de `LINECALLPARAMS`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallInfoString",
            prefix: "CIS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALLINFO_STRING"),
            known_bits: 15u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "CIS_CALLERIDNAME",
                    "CIS_CALLERIDNUMBER",
                    "CIS_CALLEDIDNAME",
                    "CIS_CALLEDIDNUMBER",
                    "CIS_CONNECTEDIDNAME",
                    "CIS_CONNECTEDIDNUMBER",
                    "CIS_REDIRECTIONIDNAME",
                    "CIS_REDIRECTIONIDNUMBER",
                    "CIS_REDIRECTINGIDNAME",
                    "CIS_REDIRECTINGIDNUMBER",
                    "CIS_CALLEDPARTYFRIENDLYNAME",
                    "CIS_COMMENT",
                    "CIS_DISPLAYABLEADDRESS",
                    "CIS_CALLINGPARTYID",
                ],
                bits: &[
                    0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64, 9u64, 10u64,
                    11u64, 12u64, 13u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x86\0\0\0\0\0\0\0\x9E\0\0\0\0\0\0\0\x93\0\0\0\xFF\xFF\0\0\0\0\x86\0\0\0\x17\0\0\0\x9E\0\0\0\x16\0\0\0\x93\0\0\0\x14\0\0\0\xFF\xFF\0\0\0\0\x9D\0\0\0\x19\0\0\0\xB4\0\0\0\x18\0\0\0\xA7\0\0\0\x18\0\0\0\xFF\xFF\0\0\0\0\xB6\0\0\0\x1D\0\0\0\xCC\0\0\0%\0\0\0\xBF\0\0\0\x1D\0\0\0\xFF\xFF\0\0\0\0\xD3\0\0\0\x1F\0\0\0\xF1\0\0\0'\0\0\0\xDC\0\0\0!\0\0\0\xFF\xFF\0\0\0\0\xF2\0\0\0/\0\0\0\x18\x01\0\0:\0\0\0\xFD\0\0\0\x1F\0\0\0\xFF\xFF\0\0\0\0!\x01\0\x001\0\0\0R\x01\0\0<\0\0\0\x1C\x01\0\0#\0\0\0\xFF\xFF\0\0\0\0R\x01\0\x007\0\0\0\x8E\x01\0\0(\0\0\0?\x01\0\0(\0\0\0\xFF\xFF\0\0\0\0\x89\x01\0\09\0\0\0\xB6\x01\0\0*\0\0\0g\x01\0\0,\0\0\0\xFF\xFF\0\0\0\0\xC2\x01\0\0/\0\0\0\xE0\x01\0\x007\0\0\0\x93\x01\0\0/\0\0\0\xFF\xFF\0\0\0\0\xF1\x01\0\x001\0\0\0\x17\x02\0\09\0\0\0\xC2\x01\0\x003\0\0\0\xFF\xFF\0\0\0\0\"\x02\0\0D\0\0\0P\x02\0\0I\0\0\0\xF5\x01\0\0E\0\0\0\xFF\xFF\0\0\0\0f\x02\0\0w\0\0\0\x99\x02\0\0\x93\0\0\0:\x02\0\0\x91\0\0\0\xFF\xFF\0\0\0\0\xDD\x02\0\08\0\0\0,\x03\0\0H\0\0\0\xCB\x02\0\x006\0\0\0\xFF\xFF\0\0\0\0\x15\x03\0\0i\0\0\0t\x03\0\0`\0\0\0\x01\x03\0\0c\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CIS_CALLERIDNAME",
                        "CIS_CALLERIDNUMBER",
                        "CIS_CALLEDIDNAME",
                        "CIS_CALLEDIDNUMBER",
                        "CIS_CONNECTEDIDNAME",
                        "CIS_CONNECTEDIDNUMBER",
                        "CIS_REDIRECTIONIDNAME",
                        "CIS_REDIRECTIONIDNUMBER",
                        "CIS_REDIRECTINGIDNAME",
                        "CIS_REDIRECTINGIDNUMBER",
                        "CIS_CALLEDPARTYFRIENDLYNAME",
                        "CIS_COMMENT",
                        "CIS_DISPLAYABLEADDRESS",
                        "CIS_CALLINGPARTYID",
                        "CALLERIDNAME",
                        "CALLERIDNUMBER",
                        "CALLEDIDNAME",
                        "CALLEDIDNUMBER",
                        "CONNECTEDIDNAME",
                        "CONNECTEDIDNUMBER",
                        "REDIRECTIONIDNAME",
                        "REDIRECTIONIDNUMBER",
                        "REDIRECTINGIDNAME",
                        "REDIRECTINGIDNUMBER",
                        "CALLEDPARTYFRIENDLYNAME",
                        "COMMENT",
                        "DISPLAYABLEADDRESS",
                        "CALLINGPARTYID",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 2472074832271045867u64,
                        shift: 56u32,
                        slots: b"\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\x0B\0\x0B\0\x1B\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x06\0\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x07\0\x02\0\x02\0\xFF\xFF\xFF\xFF\x19\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x08\0\x17\0\t\0\xFF\xFF\xFF\xFF\x13\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CIS_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `CIS_CALLERIDNAME` | `0x00000000` |\n| `CIS_CALLERIDNUMBER` | `0x00000001` |\n| `CIS_CALLEDIDNAME` | `0x00000002` |\n| `CIS_CALLEDIDNUMBER` | `0x00000003` |\n| `CIS_CONNECTEDIDNAME` | `0x00000004` |\n| `CIS_CONNECTEDIDNUMBER` | `0x00000005` |\n| `CIS_REDIRECTIONIDNAME` | `0x00000006` |\n| `CIS_REDIRECTIONIDNUMBER` | `0x00000007` |\n| `CIS_REDIRECTINGIDNAME` | `0x00000008` |\n| `CIS_REDIRECTINGIDNUMBER` | `0x00000009` |\n| `CIS_CALLEDPARTYFRIENDLYNAME` | `0x0000000A` |\n| `CIS_COMMENT` | `0x0000000B` |\n| `CIS_DISPLAYABLEADDRESS` | `0x0000000C` |\n| `CIS_CALLINGPARTYID` | `0x0000000D` |\n\n# Deutsch\n\nWählt die Textangabe der Anrufinformationen aus, die mit `ITCallInfo::get_CallInfoString` gelesen oder mit `ITCallInfo::put_CallInfoString` geschrieben wird.\n\n- `CIS_CALLERIDNAME`: Der Name des Anrufers.\n- `CIS_CALLERIDNUMBER`: Die Nummer des Anrufers.\n- `CIS_CALLEDIDNAME`: Der Name des angerufenen Teilnehmers.\n- `CIS_CALLEDIDNUMBER`: Die Nummer des angerufenen Teilnehmers.\n- `CIS_CONNECTEDIDNAME`: Der Name des Teilnehmers, mit dem der Anruf verbunden ist.\n- `CIS_CONNECTEDIDNUMBER`: Die Nummer des Teilnehmers, mit dem der Anruf verbunden ist.\n- `CIS_REDIRECTIONIDNAME`: Der Name des Umleitungsziels des Anrufs.\n- `CIS_REDIRECTIONIDNUMBER`: Die Nummer des Umleitungsziels des Anrufs.\n- `CIS_REDIRECTINGIDNAME`: Der Name des Teilnehmers, der den Anruf umgeleitet hat.\n- `CIS_REDIRECTINGIDNUMBER`: Die Nummer des Teilnehmers, der den Anruf umgeleitet hat.\n- `CIS_CALLEDPARTYFRIENDLYNAME`: Ein Anzeigename des angerufenen Teilnehmers, ohne Entsprechung in TAPI 2.\n- `CIS_COMMENT`: Ein Kommentar zum Anruf von der Anwendung, die ihn getätigt hat; er kann nur gesetzt werden, solange sich der Anruf im Zustand `CS_IDLE` befindet.\n- `CIS_DISPLAYABLEADDRESS`: Eine zur Anzeige geeignete Form der angerufenen oder anrufenden Adresse.\n- `CIS_CALLINGPARTYID`: Die Kennung des Anrufers, die TAPI 2 in `dwCallingPartyIDOffset` von `LINECALLPARAMS` übergibt.\n\n# Français\n\nDésigne l’élément textuel des informations d’appel lu avec `ITCallInfo::get_CallInfoString` ou écrit avec `ITCallInfo::put_CallInfoString`.\n\n- `CIS_CALLERIDNAME`: Nom de l’appelant.\n- `CIS_CALLERIDNUMBER`: Numéro de l’appelant.\n- `CIS_CALLEDIDNAME`: Nom du correspondant appelé.\n- `CIS_CALLEDIDNUMBER`: Numéro du correspondant appelé.\n- `CIS_CONNECTEDIDNAME`: Nom du correspondant connecté.\n- `CIS_CONNECTEDIDNUMBER`: Numéro du correspondant connecté.\n- `CIS_REDIRECTIONIDNAME`: Nom de la destination de la redirection.\n- `CIS_REDIRECTIONIDNUMBER`: Numéro de la destination de la redirection.\n- `CIS_REDIRECTINGIDNAME`: Nom du correspondant qui a redirigé l’appel.\n- `CIS_REDIRECTINGIDNUMBER`: Numéro du correspondant qui a redirigé l’appel.\n- `CIS_CALLEDPARTYFRIENDLYNAME`: Nom convivial du correspondant appelé, sans équivalent dans TAPI 2.\n- `CIS_COMMENT`: Commentaire sur l’appel fourni par l’application qui l’a émis ; il ne peut être défini que lorsque l’appel est à l’état `CS_IDLE`.\n- `CIS_DISPLAYABLEADDRESS`: Forme affichable de l’adresse appelée ou appelante.\n- `CIS_CALLINGPARTYID`: Identifiant de l’appelant, que TAPI 2 transmet dans `dwCallingPartyIDOffset` de `LINECALLPARAMS`.\n"
    )]
    impl CallInfoString {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::CallerIdName,
            Self::CallerIdNumber,
            Self::CalledIdName,
            Self::CalledIdNumber,
            Self::ConnectedIdName,
            Self::ConnectedIdNumber,
            Self::RedirectionIdName,
            Self::RedirectionIdNumber,
            Self::RedirectingIdName,
            Self::RedirectingIdNumber,
            Self::CalledPartyFriendlyName,
            Self::Comment,
            Self::DisplayableAddress,
            Self::CallingPartyId,
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
                0 => __tapi::Some(Self::CallerIdName),
                1 => __tapi::Some(Self::CallerIdNumber),
                2 => __tapi::Some(Self::CalledIdName),
                3 => __tapi::Some(Self::CalledIdNumber),
                4 => __tapi::Some(Self::ConnectedIdName),
                5 => __tapi::Some(Self::ConnectedIdNumber),
                6 => __tapi::Some(Self::RedirectionIdName),
                7 => __tapi::Some(Self::RedirectionIdNumber),
                8 => __tapi::Some(Self::RedirectingIdName),
                9 => __tapi::Some(Self::RedirectingIdNumber),
                10 => __tapi::Some(Self::CalledPartyFriendlyName),
                11 => __tapi::Some(Self::Comment),
                12 => __tapi::Some(Self::DisplayableAddress),
                13 => __tapi::Some(Self::CallingPartyId),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CIS_CALLERIDNAME`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallInfoString {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallInfoString> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallInfoString) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallInfoString {
        type Error = ::tapi_consts::UnknownValueError<CallInfoString>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallInfoString {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallInfoString {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallInfoString, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallInfoString);
};
/// Which item of call information has changed, as returned by `ITCallInfoChangeEvent::get_Cause`.
/// It is the TAPI 3 counterpart of the `LINECALLINFOSTATE_` flags that TAPI 2 sends with
/// `LINE_CALLINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CallInfoChangeCause {
    /// Some call information not named by the other members has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_OTHER` = `0x00000000`")]
    Other = 0,
    /// The device-specific call information has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_DEVSPECIFIC` = `0x00000001`")]
    DevSpecific = 1,
    /// The bearer mode of the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_BEARERMODE` = `0x00000002`")]
    BearerMode = 2,
    /// The data rate of the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_RATE` = `0x00000003`")]
    Rate = 3,
    /// The application-specific value of the call, which only owners can set, has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_APPSPECIFIC` = `0x00000004`")]
    AppSpecific = 4,
    /// The call identifier has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_CALLID` = `0x00000005`")]
    CallId = 5,
    /// The identifier of the related call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_RELATEDCALLID` = `0x00000006`")]
    RelatedCallId = 6,
    /// The origin of the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_ORIGIN` = `0x00000007`")]
    Origin = 7,
    /// The reason for the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_REASON` = `0x00000008`")]
    Reason = 8,
    /// The completion identifier has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_COMPLETIONID` = `0x00000009`")]
    CompletionId = 9,
    /// The number of applications owning the call has gone up.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_NUMOWNERINCR` = `0x0000000A`")]
    NumOwnerIncr = 10,
    /// The number of applications owning the call has gone down.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_NUMOWNERDECR` = `0x0000000B`")]
    NumOwnerDecr = 11,
    /// The number of applications monitoring the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_NUMMONITORS` = `0x0000000C`")]
    NumMonitors = 12,
    /// The trunk the call uses has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_TRUNK` = `0x0000000D`")]
    Trunk = 13,
    /// The identification of the caller has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_CALLERID` = `0x0000000E`")]
    CallerId = 14,
    /// The identification of the called party has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_CALLEDID` = `0x0000000F`")]
    CalledId = 15,
    /// The identification of the connected party has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_CONNECTEDID` = `0x00000010`")]
    ConnectedId = 16,
    /// The identification of the destination the call was redirected to has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_REDIRECTIONID` = `0x00000011`")]
    RedirectionId = 17,
    /// The identification of the party that redirected the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_REDIRECTINGID` = `0x00000012`")]
    RedirectingId = 18,
    /// The user-user information buffer has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_USERUSERINFO` = `0x00000013`")]
    UserUserInfo = 19,
    /// The high-level compatibility information (ISDN Q.931) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_HIGHLEVELCOMP` = `0x00000014`")]
    HighLevelComp = 20,
    /// The low-level compatibility information (ISDN Q.931) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_LOWLEVELCOMP` = `0x00000015`")]
    LowLevelComp = 21,
    /// The charging information of the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_CHARGINGINFO` = `0x00000016`")]
    ChargingInfo = 22,
    /// The treatment applied to the call while it is on hold has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_TREATMENT` = `0x00000017`")]
    Treatment = 23,
    /// The call data buffer has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_CALLDATA` = `0x00000018`")]
    CallData = 24,
    /// The application's privilege on the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_PRIVILEGE` = `0x00000019`")]
    Privilege = 25,
    /// The media type of the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CIC_MEDIATYPE` = `0x0000001A`")]
    MediaType = 26,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Which item of call information has changed, as returned by `ITCallInfoChangeEvent::get_Cause`. It is the TAPI 3 counterpart of the `LINECALLINFOSTATE_` flags that TAPI 2 sends with `LINE_CALLINFO`.Some call information not named by the other members has changed.The device-specific call information has changed.The bearer mode of the call has changed.The data rate of the call has changed.The application-specific value of the call, which only owners can set, has changed.The call identifier has changed.The identifier of the related call has changed.The origin of the call has changed.The reason for the call has changed.The completion identifier has changed.The number of applications owning the call has gone up.The number of applications owning the call has gone down.The number of applications monitoring the call has changed.The trunk the call uses has changed.The identification of the caller has changed.The identification of the called party has changed.The identification of the connected party has changed.The identification of the destination the call was redirected to has changed.The identification of the party that redirected the call has changed.The user-user information buffer has changed.The high-level compatibility information (ISDN Q.931) has changed.The low-level compatibility information (ISDN Q.931) has changed.The charging information of the call has changed.The treatment applied to the call while it is on hold has changed.The call data buffer has changed.The application's privilege on the call has changed.The media type of the call has changed."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Angabe der Anrufinformationen, die sich geändert hat, wie `ITCallInfoChangeEvent::get_Cause` sie liefert. Sie ist das TAPI-3-Gegenstück zu den Bits `LINECALLINFOSTATE_`, die TAPI 2 mit `LINE_CALLINFO` sendet.Eine Anrufinformation, die die übrigen Mitglieder nicht benennen, hat sich geändert.Die gerätespezifischen Anrufinformationen haben sich geändert.Der Trägermodus des Anrufs hat sich geändert.Die Datenrate des Anrufs hat sich geändert.Der anwendungsspezifische Wert des Anrufs, den nur Besitzer setzen können, hat sich geändert.Die Anrufkennung hat sich geändert.Die Kennung des zugehörigen Anrufs hat sich geändert.Die Herkunft des Anrufs hat sich geändert.Der Grund des Anrufs hat sich geändert.Die Kennung der Anrufvervollständigung hat sich geändert.Die Anzahl der Anwendungen, die Besitzer des Anrufs sind, ist gestiegen.Die Anzahl der Anwendungen, die Besitzer des Anrufs sind, ist gesunken.Die Anzahl der Anwendungen, die den Anruf überwachen, hat sich geändert.Die Amtsleitung, die der Anruf belegt, hat sich geändert.Die Kennungsangaben des Anrufers haben sich geändert.Die Kennungsangaben des angerufenen Teilnehmers haben sich geändert.Die Kennungsangaben des verbundenen Teilnehmers haben sich geändert.Die Kennungsangaben des Umleitungsziels haben sich geändert.Die Kennungsangaben des Teilnehmers, der den Anruf umgeleitet hat, haben sich geändert.Der Puffer mit den Benutzer-zu-Benutzer-Informationen hat sich geändert.Die Kompatibilitätsinformationen der höheren Schichten (ISDN, Q.931) haben sich geändert.Die Kompatibilitätsinformationen der unteren Schichten (ISDN, Q.931) haben sich geändert.Die Gebühreninformationen des Anrufs haben sich geändert.Die Anrufbehandlung, die angewendet wird, während der Anruf gehalten wird, hat sich geändert.Der Puffer mit den Anrufdaten hat sich geändert.Die Berechtigung der Anwendung für den Anruf hat sich geändert.Der Medientyp des Anrufs hat sich geändert."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Élément des informations d’appel qui a changé, tel que le renvoie `ITCallInfoChangeEvent::get_Cause`. C’est l’équivalent TAPI 3 des indicateurs `LINECALLINFOSTATE_` que TAPI 2 envoie avec `LINE_CALLINFO`.Une information d’appel que les autres membres ne désignent pas a changé.Les informations d’appel propres au périphérique ont changé.Le mode porteur de l’appel a changé.Le débit de l’appel a changé.La valeur propre à l’application rattachée à l’appel, que seuls les propriétaires peuvent définir, a changé.L’identifiant d’appel a changé.L’identifiant de l’appel lié a changé.L’origine de l’appel a changé.La raison de l’appel a changé.L’identifiant d’achèvement d’appel a changé.Le nombre d’applications propriétaires de l’appel a augmenté.Le nombre d’applications propriétaires de l’appel a diminué.Le nombre d’applications qui surveillent l’appel a changé.La ligne réseau qu’emprunte l’appel a changé.L’identification de l’appelant a changé.L’identification du correspondant appelé a changé.L’identification du correspondant connecté a changé.L’identification de la destination de la redirection a changé.L’identification du correspondant qui a redirigé l’appel a changé.La mémoire tampon d’informations d’usager à usager a changé.Les informations de compatibilité de couche haute (Q.931 du RNIS) ont changé.Les informations de compatibilité de couche basse (Q.931 du RNIS) ont changé.Les informations de taxation de l’appel ont changé.Le traitement d’appel appliqué pendant la mise en attente a changé.La mémoire tampon des données d’appel a changé.Le privilège de l’application sur l’appel a changé.Le type de média de l’appel a changé."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "CallInfoChangeCause",
            prefix: "CIC_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("CALLINFOCHANGE_CAUSE"),
            known_bits: 31u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "CIC_OTHER",
                    "CIC_DEVSPECIFIC",
                    "CIC_BEARERMODE",
                    "CIC_RATE",
                    "CIC_APPSPECIFIC",
                    "CIC_CALLID",
                    "CIC_RELATEDCALLID",
                    "CIC_ORIGIN",
                    "CIC_REASON",
                    "CIC_COMPLETIONID",
                    "CIC_NUMOWNERINCR",
                    "CIC_NUMOWNERDECR",
                    "CIC_NUMMONITORS",
                    "CIC_TRUNK",
                    "CIC_CALLERID",
                    "CIC_CALLEDID",
                    "CIC_CONNECTEDID",
                    "CIC_REDIRECTIONID",
                    "CIC_REDIRECTINGID",
                    "CIC_USERUSERINFO",
                    "CIC_HIGHLEVELCOMP",
                    "CIC_LOWLEVELCOMP",
                    "CIC_CHARGINGINFO",
                    "CIC_TREATMENT",
                    "CIC_CALLDATA",
                    "CIC_PRIVILEGE",
                    "CIC_MEDIATYPE",
                ],
                bits: &[
                    0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64, 9u64, 10u64,
                    11u64, 12u64, 13u64, 14u64, 15u64, 16u64, 17u64, 18u64, 19u64, 20u64,
                    21u64, 22u64, 23u64, 24u64, 25u64, 26u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xC5\0\0\0\0\0\0\0\xD2\0\0\0\0\0\0\0\xD6\0\0\0\xFF\xFF\0\0\0\0\xC5\0\0\0A\0\0\0\xD2\0\0\0V\0\0\0\xD6\0\0\0M\0\0\0\xFF\xFF\0\0\0\0\x06\x01\0\x001\0\0\0(\x01\0\0@\0\0\0#\x01\0\0A\0\0\0\xFF\xFF\0\0\0\x007\x01\0\0(\0\0\0h\x01\0\0/\0\0\0d\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0_\x01\0\0&\0\0\0\x97\x01\0\0,\0\0\0\x8B\x01\0\0!\0\0\0\xFF\xFF\0\0\0\0\x85\x01\0\0S\0\0\0\xC3\x01\0\0_\0\0\0\xAC\x01\0\0v\0\0\0\xFF\xFF\0\0\0\0\xD8\x01\0\0 \0\0\0\"\x02\0\0$\0\0\0\"\x02\0\0$\0\0\0\xFF\xFF\0\0\0\0\xF8\x01\0\0/\0\0\0F\x02\0\x007\0\0\0F\x02\0\0,\0\0\0\xFF\xFF\0\0\0\0'\x02\0\0#\0\0\0}\x02\0\0+\0\0\0r\x02\0\0#\0\0\0\xFF\xFF\0\0\0\0J\x02\0\0$\0\0\0\xA8\x02\0\0(\0\0\0\x95\x02\0\0!\0\0\0\xFF\xFF\0\0\0\0n\x02\0\0&\0\0\0\xD0\x02\0\0;\0\0\0\xB6\x02\0\x004\0\0\0\xFF\xFF\0\0\0\0\x94\x02\0\x007\0\0\0\x0B\x03\0\0H\0\0\0\xEA\x02\0\0C\0\0\0\xFF\xFF\0\0\0\0\xCB\x02\0\09\0\0\0S\x03\0\0G\0\0\0-\x03\0\0B\0\0\0\xFF\xFF\0\0\0\0\x04\x03\0\0;\0\0\0\x9A\x03\0\0J\0\0\0o\x03\0\0?\0\0\0\xFF\xFF\0\0\0\0?\x03\0\0$\0\0\0\xE4\x03\0\0:\0\0\0\xAE\x03\0\x003\0\0\0\xFF\xFF\0\0\0\0c\x03\0\0-\0\0\0\x1E\x04\0\x006\0\0\0\xE1\x03\0\0-\0\0\0\xFF\xFF\0\0\0\0\x90\x03\0\x003\0\0\0T\x04\0\0E\0\0\0\x0E\x04\0\x006\0\0\0\xFF\xFF\0\0\0\0\xC3\x03\0\x006\0\0\0\x99\x04\0\0E\0\0\0D\x04\0\08\0\0\0\xFF\xFF\0\0\0\0\xF9\x03\0\0M\0\0\0\xDE\x04\0\0=\0\0\0|\x04\0\0A\0\0\0\xFF\xFF\0\0\0\0F\x04\0\0E\0\0\0\x1B\x05\0\0X\0\0\0\xBD\x04\0\0H\0\0\0\xFF\xFF\0\0\0\0\x8B\x04\0\0-\0\0\0s\x05\0\0I\0\0\0\x05\x05\0\0C\0\0\0\xFF\xFF\0\0\0\0\xB8\x04\0\0B\0\0\0\xBC\x05\0\0\\\0\0\0H\x05\0\0O\0\0\0\xFF\xFF\0\0\0\0\xFA\x04\0\0A\0\0\0\x18\x06\0\0[\0\0\0\x97\x05\0\0O\0\0\0\xFF\xFF\0\0\0\0;\x05\0\x001\0\0\0s\x06\0\0;\0\0\0\xE6\x05\0\x006\0\0\0\xFF\xFF\0\0\0\0l\x05\0\0B\0\0\0\xAE\x06\0\0_\0\0\0\x1C\x06\0\0G\0\0\0\xFF\xFF\0\0\0\0\xAE\x05\0\0!\0\0\0\r\x07\0\x001\0\0\0c\x06\0\x004\0\0\0\xFF\xFF\0\0\0\0\xCF\x05\0\x004\0\0\0>\x07\0\0A\0\0\0\x97\x06\0\09\0\0\0\xFF\xFF6\0\x01\0\x03\x06\0\0'\0\0\0\x7F\x07\0\0,\0\0\0\xD0\x06\0\0)\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CIC_OTHER",
                        "CIC_DEVSPECIFIC",
                        "CIC_BEARERMODE",
                        "CIC_RATE",
                        "CIC_APPSPECIFIC",
                        "CIC_CALLID",
                        "CIC_RELATEDCALLID",
                        "CIC_ORIGIN",
                        "CIC_REASON",
                        "CIC_COMPLETIONID",
                        "CIC_NUMOWNERINCR",
                        "CIC_NUMOWNERDECR",
                        "CIC_NUMMONITORS",
                        "CIC_TRUNK",
                        "CIC_CALLERID",
                        "CIC_CALLEDID",
                        "CIC_CONNECTEDID",
                        "CIC_REDIRECTIONID",
                        "CIC_REDIRECTINGID",
                        "CIC_USERUSERINFO",
                        "CIC_HIGHLEVELCOMP",
                        "CIC_LOWLEVELCOMP",
                        "CIC_CHARGINGINFO",
                        "CIC_TREATMENT",
                        "CIC_CALLDATA",
                        "CIC_PRIVILEGE",
                        "CIC_MEDIATYPE",
                        "OTHER",
                        "DEVSPECIFIC",
                        "BEARERMODE",
                        "RATE",
                        "APPSPECIFIC",
                        "CALLID",
                        "RELATEDCALLID",
                        "ORIGIN",
                        "REASON",
                        "COMPLETIONID",
                        "NUMOWNERINCR",
                        "NUMOWNERDECR",
                        "NUMMONITORS",
                        "TRUNK",
                        "CALLERID",
                        "CALLEDID",
                        "CONNECTEDID",
                        "REDIRECTIONID",
                        "REDIRECTINGID",
                        "USERUSERINFO",
                        "HIGHLEVELCOMP",
                        "LOWLEVELCOMP",
                        "CHARGINGINFO",
                        "TREATMENT",
                        "CALLDATA",
                        "PRIVILEGE",
                        "MEDIATYPE",
                        "LASTITEM",
                        "CIC_LASTITEM",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11484124830434761852u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\x007\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF2\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\x1C\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF6\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\x07\0\x1E\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\x004\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF1\0\x16\0\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0\x0F\0$\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0.\0\x13\0\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x02\0)\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0\x11\0\x1A\0\x1A\0(\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF5\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CIC_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `CIC_OTHER` | `0x00000000` |\n| `CIC_DEVSPECIFIC` | `0x00000001` |\n| `CIC_BEARERMODE` | `0x00000002` |\n| `CIC_RATE` | `0x00000003` |\n| `CIC_APPSPECIFIC` | `0x00000004` |\n| `CIC_CALLID` | `0x00000005` |\n| `CIC_RELATEDCALLID` | `0x00000006` |\n| `CIC_ORIGIN` | `0x00000007` |\n| `CIC_REASON` | `0x00000008` |\n| `CIC_COMPLETIONID` | `0x00000009` |\n| `CIC_NUMOWNERINCR` | `0x0000000A` |\n| `CIC_NUMOWNERDECR` | `0x0000000B` |\n| `CIC_NUMMONITORS` | `0x0000000C` |\n| `CIC_TRUNK` | `0x0000000D` |\n| `CIC_CALLERID` | `0x0000000E` |\n| `CIC_CALLEDID` | `0x0000000F` |\n| `CIC_CONNECTEDID` | `0x00000010` |\n| `CIC_REDIRECTIONID` | `0x00000011` |\n| `CIC_REDIRECTINGID` | `0x00000012` |\n| `CIC_USERUSERINFO` | `0x00000013` |\n| `CIC_HIGHLEVELCOMP` | `0x00000014` |\n| `CIC_LOWLEVELCOMP` | `0x00000015` |\n| `CIC_CHARGINGINFO` | `0x00000016` |\n| `CIC_TREATMENT` | `0x00000017` |\n| `CIC_CALLDATA` | `0x00000018` |\n| `CIC_PRIVILEGE` | `0x00000019` |\n| `CIC_MEDIATYPE`<br>alias `CIC_LASTITEM` | `0x0000001A` |\n\n# Deutsch\n\nAngabe der Anrufinformationen, die sich geändert hat, wie `ITCallInfoChangeEvent::get_Cause` sie liefert. Sie ist das TAPI-3-Gegenstück zu den Bits `LINECALLINFOSTATE_`, die TAPI 2 mit `LINE_CALLINFO` sendet.\n\n- `CIC_OTHER`: Eine Anrufinformation, die die übrigen Mitglieder nicht benennen, hat sich geändert.\n- `CIC_DEVSPECIFIC`: Die gerätespezifischen Anrufinformationen haben sich geändert.\n- `CIC_BEARERMODE`: Der Trägermodus des Anrufs hat sich geändert.\n- `CIC_RATE`: Die Datenrate des Anrufs hat sich geändert.\n- `CIC_APPSPECIFIC`: Der anwendungsspezifische Wert des Anrufs, den nur Besitzer setzen können, hat sich geändert.\n- `CIC_CALLID`: Die Anrufkennung hat sich geändert.\n- `CIC_RELATEDCALLID`: Die Kennung des zugehörigen Anrufs hat sich geändert.\n- `CIC_ORIGIN`: Die Herkunft des Anrufs hat sich geändert.\n- `CIC_REASON`: Der Grund des Anrufs hat sich geändert.\n- `CIC_COMPLETIONID`: Die Kennung der Anrufvervollständigung hat sich geändert.\n- `CIC_NUMOWNERINCR`: Die Anzahl der Anwendungen, die Besitzer des Anrufs sind, ist gestiegen.\n- `CIC_NUMOWNERDECR`: Die Anzahl der Anwendungen, die Besitzer des Anrufs sind, ist gesunken.\n- `CIC_NUMMONITORS`: Die Anzahl der Anwendungen, die den Anruf überwachen, hat sich geändert.\n- `CIC_TRUNK`: Die Amtsleitung, die der Anruf belegt, hat sich geändert.\n- `CIC_CALLERID`: Die Kennungsangaben des Anrufers haben sich geändert.\n- `CIC_CALLEDID`: Die Kennungsangaben des angerufenen Teilnehmers haben sich geändert.\n- `CIC_CONNECTEDID`: Die Kennungsangaben des verbundenen Teilnehmers haben sich geändert.\n- `CIC_REDIRECTIONID`: Die Kennungsangaben des Umleitungsziels haben sich geändert.\n- `CIC_REDIRECTINGID`: Die Kennungsangaben des Teilnehmers, der den Anruf umgeleitet hat, haben sich geändert.\n- `CIC_USERUSERINFO`: Der Puffer mit den Benutzer-zu-Benutzer-Informationen hat sich geändert.\n- `CIC_HIGHLEVELCOMP`: Die Kompatibilitätsinformationen der höheren Schichten (ISDN, Q.931) haben sich geändert.\n- `CIC_LOWLEVELCOMP`: Die Kompatibilitätsinformationen der unteren Schichten (ISDN, Q.931) haben sich geändert.\n- `CIC_CHARGINGINFO`: Die Gebühreninformationen des Anrufs haben sich geändert.\n- `CIC_TREATMENT`: Die Anrufbehandlung, die angewendet wird, während der Anruf gehalten wird, hat sich geändert.\n- `CIC_CALLDATA`: Der Puffer mit den Anrufdaten hat sich geändert.\n- `CIC_PRIVILEGE`: Die Berechtigung der Anwendung für den Anruf hat sich geändert.\n- `CIC_MEDIATYPE`: Der Medientyp des Anrufs hat sich geändert.\n\n# Français\n\nÉlément des informations d’appel qui a changé, tel que le renvoie `ITCallInfoChangeEvent::get_Cause`. C’est l’équivalent TAPI 3 des indicateurs `LINECALLINFOSTATE_` que TAPI 2 envoie avec `LINE_CALLINFO`.\n\n- `CIC_OTHER`: Une information d’appel que les autres membres ne désignent pas a changé.\n- `CIC_DEVSPECIFIC`: Les informations d’appel propres au périphérique ont changé.\n- `CIC_BEARERMODE`: Le mode porteur de l’appel a changé.\n- `CIC_RATE`: Le débit de l’appel a changé.\n- `CIC_APPSPECIFIC`: La valeur propre à l’application rattachée à l’appel, que seuls les propriétaires peuvent définir, a changé.\n- `CIC_CALLID`: L’identifiant d’appel a changé.\n- `CIC_RELATEDCALLID`: L’identifiant de l’appel lié a changé.\n- `CIC_ORIGIN`: L’origine de l’appel a changé.\n- `CIC_REASON`: La raison de l’appel a changé.\n- `CIC_COMPLETIONID`: L’identifiant d’achèvement d’appel a changé.\n- `CIC_NUMOWNERINCR`: Le nombre d’applications propriétaires de l’appel a augmenté.\n- `CIC_NUMOWNERDECR`: Le nombre d’applications propriétaires de l’appel a diminué.\n- `CIC_NUMMONITORS`: Le nombre d’applications qui surveillent l’appel a changé.\n- `CIC_TRUNK`: La ligne réseau qu’emprunte l’appel a changé.\n- `CIC_CALLERID`: L’identification de l’appelant a changé.\n- `CIC_CALLEDID`: L’identification du correspondant appelé a changé.\n- `CIC_CONNECTEDID`: L’identification du correspondant connecté a changé.\n- `CIC_REDIRECTIONID`: L’identification de la destination de la redirection a changé.\n- `CIC_REDIRECTINGID`: L’identification du correspondant qui a redirigé l’appel a changé.\n- `CIC_USERUSERINFO`: La mémoire tampon d’informations d’usager à usager a changé.\n- `CIC_HIGHLEVELCOMP`: Les informations de compatibilité de couche haute (Q.931 du RNIS) ont changé.\n- `CIC_LOWLEVELCOMP`: Les informations de compatibilité de couche basse (Q.931 du RNIS) ont changé.\n- `CIC_CHARGINGINFO`: Les informations de taxation de l’appel ont changé.\n- `CIC_TREATMENT`: Le traitement d’appel appliqué pendant la mise en attente a changé.\n- `CIC_CALLDATA`: La mémoire tampon des données d’appel a changé.\n- `CIC_PRIVILEGE`: Le privilège de l’application sur l’appel a changé.\n- `CIC_MEDIATYPE`: Le type de média de l’appel a changé.\n"
    )]
    impl CallInfoChangeCause {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Other,
            Self::DevSpecific,
            Self::BearerMode,
            Self::Rate,
            Self::AppSpecific,
            Self::CallId,
            Self::RelatedCallId,
            Self::Origin,
            Self::Reason,
            Self::CompletionId,
            Self::NumOwnerIncr,
            Self::NumOwnerDecr,
            Self::NumMonitors,
            Self::Trunk,
            Self::CallerId,
            Self::CalledId,
            Self::ConnectedId,
            Self::RedirectionId,
            Self::RedirectingId,
            Self::UserUserInfo,
            Self::HighLevelComp,
            Self::LowLevelComp,
            Self::ChargingInfo,
            Self::Treatment,
            Self::CallData,
            Self::Privilege,
            Self::MediaType,
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
                0 => __tapi::Some(Self::Other),
                1 => __tapi::Some(Self::DevSpecific),
                2 => __tapi::Some(Self::BearerMode),
                3 => __tapi::Some(Self::Rate),
                4 => __tapi::Some(Self::AppSpecific),
                5 => __tapi::Some(Self::CallId),
                6 => __tapi::Some(Self::RelatedCallId),
                7 => __tapi::Some(Self::Origin),
                8 => __tapi::Some(Self::Reason),
                9 => __tapi::Some(Self::CompletionId),
                10 => __tapi::Some(Self::NumOwnerIncr),
                11 => __tapi::Some(Self::NumOwnerDecr),
                12 => __tapi::Some(Self::NumMonitors),
                13 => __tapi::Some(Self::Trunk),
                14 => __tapi::Some(Self::CallerId),
                15 => __tapi::Some(Self::CalledId),
                16 => __tapi::Some(Self::ConnectedId),
                17 => __tapi::Some(Self::RedirectionId),
                18 => __tapi::Some(Self::RedirectingId),
                19 => __tapi::Some(Self::UserUserInfo),
                20 => __tapi::Some(Self::HighLevelComp),
                21 => __tapi::Some(Self::LowLevelComp),
                22 => __tapi::Some(Self::ChargingInfo),
                23 => __tapi::Some(Self::Treatment),
                24 => __tapi::Some(Self::CallData),
                25 => __tapi::Some(Self::Privilege),
                26 => __tapi::Some(Self::MediaType),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CIC_OTHER`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for CallInfoChangeCause {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<CallInfoChangeCause> for ::core::primitive::i32 {
        #[inline]
        fn from(member: CallInfoChangeCause) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for CallInfoChangeCause {
        type Error = ::tapi_consts::UnknownValueError<CallInfoChangeCause>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for CallInfoChangeCause {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for CallInfoChangeCause {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(CallInfoChangeCause, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(CallInfoChangeCause);
};
