/** The one annotation a consumer needs at compile time, for modular consumers: {@code requires static}. */
module dev.disstatus.annotations {
  exports dev.disstatus;
}
