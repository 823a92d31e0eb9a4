# Prints, once each and in order of appearance, the managed functions that have cost in a callgrind profile of the
# native executable: functions of the executable or of an object callgrind cannot name (its managed code), whose name
# is not a C++ one ("::", "(") nor an address.
function def(s, kind,   id, rest) {
  id = s; sub(/\).*/, "", id); sub(/^\(/, "", id)
  rest = s; if (sub(/^\([0-9]+\) /, "", rest)) names[kind id] = rest
  return id
}
/^ob=/  { ob = def(substr($0, 4), "ob"); next }
/^cob=/ { def(substr($0, 5), "ob"); next }
/^cfn=/ { def(substr($0, 5), "fn"); next }
/^fn=/  {
  fn = def(substr($0, 4), "fn"); o = names["ob" ob]; n = names["fn" fn]; sub(/'[0-9]+$/, "", n)
  if ((o ~ /\/EmhRt\.Cli$/ || o == "???") && n !~ /::|\(|^0x|^\?\?\?$/ && n != "" && !(n in seen)) { seen[n]; print n }
}
