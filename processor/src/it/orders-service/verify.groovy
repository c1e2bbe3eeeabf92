// Reads the four builds of invoker.properties from build.log, where the invoker appends them.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
assert runs.size() == 4 : "four builds expected, found ${runs.size()}"

def findings = { String run ->
  (run =~ /(?m)^\[(ERROR|WARNING)\] \S*?([A-Za-z]+\.java):\[(\d+),\d+\] \[([a-z-]+)\] .*\(see https:\/\/\S+\/docs\/rules\/([a-z-]+)\.md\)$/)
      .collect { "${it[1]} ${it[2]}:${it[3]} [${it[4]}]".toString() }
      .unique().sort()
}

// 1. The README's snippet as it is: the checks run from the local repository, errors fail the build.
assert runs[0].contains('BUILD FAILURE')
assert findings(runs[0]) == [
    'ERROR Exports.java:13 [redirect-location]',
    'ERROR OrderController.java:33 [created-location]',
    'WARNING OrderController.java:30 [retry-after]']
// ... and the typed helper that get() uses was generated and compiled.
assert new File(basedir, 'target/generated-sources/annotations/com/example/orders/OrderControllerResponses.java').isFile()

// 2. -Aresponds.severity=all:warning: the same findings, as warnings; the build passes.
assert runs[1].contains('BUILD SUCCESS')
assert findings(runs[1]) == [
    'WARNING Exports.java:13 [redirect-location]',
    'WARNING OrderController.java:30 [retry-after]',
    'WARNING OrderController.java:33 [created-location]']

// 3. -Aresponds.baseline.write, before Exports.java existed: recorded, not reported.
assert runs[2].contains('BUILD SUCCESS')
assert findings(runs[2]).isEmpty()
assert runs[2].contains('[responds] wrote 2 baseline entries for 2 findings to ')
def baseline = new File(basedir, 'responds-baseline.txt').readLines().findAll { !it.startsWith('#') }
assert baseline == [
    'created-location\tcom.example.orders.OrderController\tplace\t201',
    'retry-after\tcom.example.orders.OrderController\tplace\t429']

// 4. -Aresponds.baseline: only the finding of the code written since fails the build.
assert runs[3].contains('BUILD FAILURE')
assert findings(runs[3]) == ['ERROR Exports.java:13 [redirect-location]']
return true
