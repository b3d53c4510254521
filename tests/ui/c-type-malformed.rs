use tapi_consts::ConstFamily;

// The C type names the family (TAPI 3 enums): a C identifier in capitals.
#[derive(ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "CS_", c_type = "call state")]
enum CallState {
    Idle = 0,
}

#[derive(ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "CP_", c_type = CALL_PRIVILEGE)]
enum CallPrivilege {
    Owner = 0,
}

#[derive(ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "AS_", c_type = "ADDRESS_STATE", c_type = "AGENT_STATE")]
enum AddressState {
    Inservice = 0,
}

fn main() {}
