import io.github.linkcheck.testing.FaultServer
import io.github.linkcheck.testing.HostileInput

// The hostile documents are made here: a file name with a line break has no place in the repository.
def server = FaultServer.start()
context.put('server', server)
HostileInput.serveOn(server)
HostileInput.writeDocuments(basedir.toPath(), server)
context.userProperties.put('urlWithToken', HostileInput.urlWithToken(server))
return true
