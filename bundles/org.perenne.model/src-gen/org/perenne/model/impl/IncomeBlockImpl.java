/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.perenne.model.IncomeBlock;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Income Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class IncomeBlockImpl extends CanvasBlockImpl implements IncomeBlock {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IncomeBlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.INCOME_BLOCK;
	}

} //IncomeBlockImpl
