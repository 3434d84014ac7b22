#pragma once

namespace s15n {

// Registers the resources compiled into s15n-core (migrations, sample data). A static
// library's resources are only linked in when something asks for them.
void initCoreResources();

} // namespace s15n
