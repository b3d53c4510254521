//! The `tapi.h` families that do not fit the simple enum-or-flags mould,
//! each modelled as the crate docs describe.

use tapi_consts::families::*;
use tapi_consts::{raw, ConstFamily, Kind, ParseErrorKind};
use windows_sys::Win32::Devices::Tapi as win;

#[test]
fn line_and_phone_messages_share_one_sequence() {
    // Every number 0..=34 names exactly one message, of the right family.
    let messages: Vec<Message> = Message::all().collect();
    assert_eq!(messages.len(), 35);
    for (number, message) in messages.iter().enumerate() {
        assert_eq!(message.value(), number as i32);
        let in_line = Line::from_value(number as i32).is_some();
        let in_phone = Phone::from_value(number as i32).is_some();
        assert!(in_line != in_phone, "{number} is in exactly one family");
        assert_eq!(matches!(message, Message::Line(_)), in_line);
        assert_eq!(message.to_string().parse::<Message>(), Ok(*message));
        assert_eq!(Message::try_from(number as u32), Ok(*message));
        assert!(!message.description("en").is_empty());
        assert!(!message.description("fr").is_empty());
        assert_eq!(message.entry().name(), message.name());
    }
    let expected = [
        (win::LINE_CALLSTATE, "LINE_CALLSTATE"),
        (win::LINE_REQUEST, "LINE_REQUEST"),
        (win::PHONE_BUTTON, "PHONE_BUTTON"),
        (win::PHONE_REPLY, "PHONE_REPLY"),
        (win::PHONE_STATE, "PHONE_STATE"),
        (win::LINE_CREATE, "LINE_CREATE"),
        (win::PHONE_CREATE, "PHONE_CREATE"),
        (win::LINE_AGENTSPECIFIC, "LINE_AGENTSPECIFIC"),
        (win::PHONE_REMOVE, "PHONE_REMOVE"),
        (win::LINE_CALLHUBCLOSE, "LINE_CALLHUBCLOSE"),
    ];
    for (number, name) in expected {
        assert_eq!(Message::from_value(number).map(Message::name), Some(name));
    }
    assert_eq!(Message::from_value(35), None);
    assert_eq!(Message::from_value(-1), None);
    // A number of neither family is reported as such, not as a LINE_ one.
    assert_eq!(
        Message::try_from(0xFFFF_FFFFu32).unwrap_err().to_string(),
        "4294967295 is not the number of any LINE_ or PHONE_ message"
    );
    assert_eq!(Message::try_from(-1i32).unwrap_err().value(), -1);
    assert_eq!(Message::try_from(35u32).unwrap_err().value(), 35);
    // Short names: a LINE_ message wins where both families have one.
    assert_eq!(
        Message::from_name("REPLY"),
        Some(Message::Line(Line::Reply))
    );
    assert_eq!(
        Message::from_name("PHONE_REPLY"),
        Some(Message::Phone(Phone::Reply))
    );
    assert_eq!(
        "PHONE_BUTON".parse::<Message>().unwrap_err().suggestion(),
        Some("PHONE_BUTTON")
    );
    // A near miss of a LINE_ name is reported against LINE_, even when
    // PHONE_ has a suggestion too; one of PHONE_ only, against PHONE_.
    let line_miss = "LINE_REPLX".parse::<Message>().unwrap_err();
    assert_eq!(
        (line_miss.family().prefix(), line_miss.suggestion()),
        ("LINE_", Some("LINE_REPLY"))
    );
    let phone_miss = "PHONE_BUTON".parse::<Message>().unwrap_err();
    assert_eq!(phone_miss.family().prefix(), "PHONE_");
    // Close to neither: LINE_, the family tried first.
    let neither = "XYZZY".parse::<Message>().unwrap_err();
    assert_eq!(
        (neither.family().prefix(), neither.suggestion()),
        ("LINE_", None)
    );
    // Each message's description is its own family member's.
    for lang in ["en", "fr", "de"] {
        assert_eq!(
            Message::Line(Line::Reply).description(lang),
            Line::Reply.description(lang)
        );
        assert_eq!(
            Message::Phone(Phone::Button).description(lang),
            Phone::Button.description(lang)
        );
    }
    assert_ne!(
        Message::Line(Line::Reply).description("en"),
        Message::Phone(Phone::Reply).description("en")
    );
}

#[test]
fn tapierr_values_are_negative_i32() {
    assert_eq!(TapiErr::INFO.repr().name(), "i32");
    assert_eq!(TapiErr::Connected.value(), 0);
    assert_eq!(TapiErr::Dropped.value(), -1);
    assert_eq!(TapiErr::ScpDoesNotExist.value(), -23);
    assert_eq!(
        TapiErr::ScpDoesNotExist.name(),
        "TAPIERR_SCP_DOES_NOT_EXIST"
    );
    assert_eq!(TapiErr::ALL.len(), 24);
    assert_eq!("-11".parse(), Ok(TapiErr::DestBusy));
    assert_eq!("0xFFFFFFF5".parse(), Ok(TapiErr::DestBusy));
    assert_eq!(
        TapiErr::try_from(-24_i32).unwrap_err().to_string(),
        "0xFFFFFFE8 is not the value of any TAPIERR_ constant"
    );
    // An untyped entry reads the value as its repr does; `bits` is the
    // pattern TAPI passes in a `DWORD`.
    let dropped = tapi_consts::lookup("TAPIERR_DROPPED").unwrap();
    assert_eq!(dropped.value(), -1);
    assert_eq!(dropped.bits(), 0xFFFF_FFFF);
}

#[test]
fn line_and_phone_errors_are_codes_with_gaps() {
    assert_eq!(LineErr::INFO.kind(), Kind::Enum);
    assert_eq!(PhoneErr::INFO.kind(), Kind::Enum);
    assert_eq!(LineErr::ALL.len(), 95);
    assert_eq!(PhoneErr::ALL.len(), 36);
    for gap in [0x8000_0004u32, 0x8000_0031] {
        assert_eq!(LineErr::from_value(gap), None);
        let error = format!("{gap:#x}").parse::<LineErr>().unwrap_err();
        assert_eq!(error.kind(), ParseErrorKind::UnknownValue);
    }
    assert_eq!(PhoneErr::from_value(0x9000_001E), None);
    assert_eq!(
        "0x9000001E".parse::<PhoneErr>().unwrap_err().kind(),
        ParseErrorKind::UnknownValue
    );
    assert_eq!(
        LineErr::from_value(0x8000_0005).map(|e| e.value()),
        Some(0x8000_0005)
    );
    // Underscores after the prefix come from `#[tapi(name)]`.
    assert_eq!(
        LineErr::ServiceNotRunning.name(),
        "LINEERR_SERVICE_NOT_RUNNING"
    );
    assert_eq!(
        PhoneErr::ServiceNotRunning.name(),
        "PHONEERR_SERVICE_NOT_RUNNING"
    );
    assert_eq!(
        LineErr::ServiceNotRunning.value(),
        win::LINEERR_SERVICE_NOT_RUNNING
    );
}

#[test]
fn line_initialize_ex_options_are_a_selector_plus_a_flag() {
    type Options = LineInitializeExOptionSet;
    use LineInitializeExOption::*;
    let info = LineInitializeExOption::INFO;
    assert_eq!(info.kind(), Kind::Mixed);
    assert_eq!(info.selector_mask(), 0x3);

    let options: Options =
        "LINEINITIALIZEEXOPTION_USEEVENT | LINEINITIALIZEEXOPTION_CALLHUBTRACKING"
            .parse()
            .unwrap();
    assert_eq!(options.bits(), 0x8000_0002);
    assert_eq!(
        options.bits(),
        win::LINEINITIALIZEEXOPTION_USEEVENT | win::LINEINITIALIZEEXOPTION_CALLHUBTRACKING
    );
    assert_eq!(
        Options::from_bits_retain(0x8000_0002).to_string(),
        "LINEINITIALIZEEXOPTION_USEEVENT | LINEINITIALIZEEXOPTION_CALLHUBTRACKING"
    );
    // The completion port (3) is one selector, not USEHIDDENWINDOW | USEEVENT.
    let port = Options::from_bits_retain(0x8000_0003);
    assert_eq!(format!("{port:#}"), "USECOMPLETIONPORT | CALLHUBTRACKING");
    assert_eq!(
        port.iter().collect::<Vec<_>>(),
        [UseCompletionPort, CallHubTracking]
    );
    assert!(port.contains(UseCompletionPort.into()));
    assert!(!port.contains(UseEvent.into()));
    assert!(!port.contains(UseHiddenWindow.into()));
    assert_eq!(format!("{:#}", Options::from(UseEvent)), "USEEVENT");
    assert_eq!(
        format!("{:#}", Options::from(CallHubTracking)),
        "CALLHUBTRACKING"
    );
    assert_eq!(
        Options::from_bits_retain(0x4000_0001).to_string(),
        "LINEINITIALIZEEXOPTION_USEHIDDENWINDOW | 0x40000000"
    );

    // Inserting a selector replaces the selector; removing one clears it.
    let mut set = UseHiddenWindow | CallHubTracking;
    set.insert(UseEvent);
    assert_eq!(set.bits(), 0x8000_0002);
    set.remove(UseHiddenWindow);
    assert_eq!(
        set.bits(),
        0x8000_0002,
        "not the set's selector: nothing to remove"
    );
    set.remove(UseEvent);
    assert_eq!(set, CallHubTracking);

    // Two different selectors in one text are a mistake, not their OR.
    let error = "USEHIDDENWINDOW | USEEVENT".parse::<Options>().unwrap_err();
    assert_eq!(error.kind(), ParseErrorKind::ConflictingSelectors);
    assert_eq!(error.span(), 18..26);
    assert_eq!(
        error.to_string(),
        "`USEEVENT` is a second selector: a LINEINITIALIZEEXOPTION_ value holds one selector, plus flags"
    );
    assert_eq!(
        "USEEVENT | USEEVENT".parse::<Options>().map(|o| o.bits()),
        Ok(2)
    );
    // Every pattern round-trips.
    for bits in [
        0,
        1,
        2,
        3,
        0x8000_0000,
        0x8000_0001,
        0x8000_0003,
        0xFFFF_FFFF,
        0x7FFF_FFFC,
    ] {
        let options = Options::from_bits_retain(bits);
        assert_eq!(
            options.to_string().parse::<Options>(),
            Ok(options),
            "{bits:#x}"
        );
        assert_eq!(
            format!("{options:#}").parse::<Options>(),
            Ok(options),
            "{bits:#x}"
        );
    }
}

#[test]
fn zero_member_of_a_flags_family() {
    type Tracking = LineCallHubTrackingSet;
    assert_eq!(LineCallHubTracking::INFO.kind(), Kind::Flags);
    assert_eq!(LineCallHubTracking::None.value(), 0);
    assert_eq!(Tracking::empty().to_string(), "LINECALLHUBTRACKING_NONE");
    assert_eq!(
        "LINECALLHUBTRACKING_NONE".parse::<Tracking>(),
        Ok(Tracking::empty())
    );
    assert_eq!(
        (LineCallHubTracking::ProviderLevel | LineCallHubTracking::AllCalls).to_string(),
        "LINECALLHUBTRACKING_PROVIDERLEVEL | LINECALLHUBTRACKING_ALLCALLS"
    );
}

#[test]
fn enumerations_that_look_like_flags_or_sequences() {
    // LINECALLTREATMENT_BUSY is 3: a value of an enumeration, not SILENCE | RINGBACK.
    assert_eq!(LineCallTreatment::INFO.kind(), Kind::Enum);
    assert_eq!(
        LineCallTreatment::from_value(3),
        Some(LineCallTreatment::Busy)
    );
    assert_eq!(
        LineCallTreatment::Busy.to_string(),
        "LINECALLTREATMENT_BUSY"
    );
    // LAST_ holds two unrelated end markers.
    assert_eq!(Last::INFO.kind(), Kind::Enum);
    assert_eq!(Last::LineMediaMode.value(), LineMediaMode::Video.value());
    assert_eq!(
        Last::LineRequestMode.value(),
        LineRequestMode::MediaCall.value()
    );
    assert_eq!(Last::LineRequestMode.name(), "LAST_LINEREQUESTMODE");
}

#[test]
fn constants_without_a_family_are_plain_consts() {
    assert_eq!(raw::LINEMAPPER, 0xFFFF_FFFF);
    assert_eq!(raw::LINEMAPPER, win::LINEMAPPER);
    assert_eq!(raw::TAPIMAXDESTADDRESSSIZE, 80);
    assert_eq!(raw::TAPIMAXAPPNAMESIZE, win::TAPIMAXAPPNAMESIZE);
}

#[test]
fn disconnect_modes_from_windows_metadata() {
    assert_eq!(LineDisconnectMode::DestinationBarred.value(), 0x0010_0000);
    assert_eq!(LineDisconnectMode::FdnRestrict.value(), 0x0020_0000);
    assert_eq!(LineDisconnectMode::ALL.len(), 22);
}
