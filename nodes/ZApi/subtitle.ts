import type { OptionsParameter } from './shared/operation';

function optionsOf(parameter: OptionsParameter<string>): Array<{ name: string; value: string }> {
	return parameter.options;
}

/**
 * The node's canvas subtitle, e.g. "Update Settings: Group": n8n's usual "operation: resource", with the
 * names the form shows instead of the values it saves ("updateSettings: group"). The editor evaluates
 * it as an expression for every node it draws; it is built from the options themselves, so a renamed
 * or added operation cannot be missing from it. A value it does not know (a later version's) shows as
 * before.
 */
export function subtitleExpression(
	resource: OptionsParameter<string>,
	operations: Array<OptionsParameter<string>>,
): string {
	const resourceName = new Map(optionsOf(resource).map((option) => [option.value, option.name]));
	const names: Record<string, string> = {};
	for (const parameter of operations) {
		for (const value of parameter.displayOptions?.show?.resource ?? []) {
			for (const option of optionsOf(parameter)) {
				names[`${value}:${option.value}`] = `${option.name}: ${resourceName.get(value as string)}`;
			}
		}
	}
	// A flat object: a nested one would end in "}}", which closes the expression early.
	return `={{ (${JSON.stringify(names)})[$parameter["resource"] + ":" + $parameter["operation"]] || $parameter["operation"] + ": " + $parameter["resource"] }}`;
}
